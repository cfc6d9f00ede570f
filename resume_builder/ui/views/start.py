"""The start page: what is due, the plan and the applications at a glance."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from resume_builder.domain.models import STATUSES
from resume_builder.services import applications as rules
from resume_builder.services.plan import plan_report
from resume_builder.ui import settings as keys
from resume_builder.ui.icons import icon
from resume_builder.ui.models.applications import status_label
from resume_builder.ui.models.due import (
    REFRESH_DELAY_MS,
    DueModel,
    DueRoles,
    FirstEntriesProxy,
    store_snapshot,
)
from resume_builder.ui.views.base import CareerView, ViewContext
from resume_builder.ui.views.due import open_due_record

#: how many due entries the panel lists before "See all"
DUE_SHOWN = 6
#: the widest the page's content grows: on a big screen the columns stay readable, centred
CONTENT_WIDTH = 1100


def _link(page: str, text: str) -> str:
    """A rich-text link to a page of the window (its key is the address)."""
    return f'<a href="{page}">{html.escape(text)}</a>'


class StartView(CareerView):
    """The start page: what is due, the plan and the applications at a glance.

    Every figure is worked out by services (due_list, plan_report, status_counts, is_stale);
    each line links to the page that shows it in full.
    """

    key = "start"

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(context, parent)
        self.today = today
        self.due_model = DueModel(self.store, today=today, parent=self)
        self.due_proxy = FirstEntriesProxy(DUE_SHOWN, self)
        self.due_proxy.setSourceModel(self.due_model)

        self.headline = QLabel()
        self.headline.setObjectName("startHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.today_label = QLabel()
        self.today_label.setObjectName("startToday")
        self.today_label.setTextFormat(Qt.TextFormat.PlainText)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        left = QVBoxLayout()
        left.addWidget(self._build_first_steps())
        left.addWidget(self._build_due_panel())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._build_glance())
        right.addWidget(self._build_quick_actions())
        right.addStretch(1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        content = QWidget()
        content.setObjectName("startContent")
        content.setMaximumWidth(CONTENT_WIDTH)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(24, 18, 24, 18)
        content_layout.addWidget(self.headline)
        content_layout.addWidget(self.today_label)
        content_layout.addSpacing(12)
        content_layout.addLayout(columns, 1)
        centred = QWidget()
        centred_layout = QHBoxLayout(centred)
        centred_layout.setContentsMargins(0, 0, 0, 0)
        # The stretches take what the content's width cap leaves over, one either side.
        centred_layout.addStretch(1)
        centred_layout.addWidget(content, 1000)
        centred_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("startScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(centred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.store.records_changed.connect(self._on_store_changed)
        self.store.records_removed.connect(self._on_store_changed)
        self.due_model.refreshed.connect(self._update_due_panel)
        self.due_model.day_watcher.day_changed.connect(self.refresh)
        self.refresh()

    # ----------------------------------------------------------------- building
    def _build_due_panel(self) -> QGroupBox:
        box = QGroupBox(self.tr("What's due"))
        box.setObjectName("startDue")
        self.due_list = QListView()
        self.due_list.setObjectName("startDueList")
        self.due_list.setModel(self.due_proxy)
        self.due_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due_list.setWordWrap(False)
        self.due_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.due_list.setUniformItemSizes(True)
        self.due_list.setFrameShape(QFrame.Shape.NoFrame)
        self.due_list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.due_list.setAccessibleName(self.tr("What's due soonest"))
        self.due_list.setToolTip(self.tr("Click an entry, or press Enter, to open it"))
        self.due_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.due_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.due_list.clicked.connect(self._on_due_list_clicked)
        self.due_list.activated.connect(self._on_due_list_clicked)
        self.due_empty = QLabel()
        self.due_empty.setObjectName("startDueEmpty")
        self.due_empty.setWordWrap(True)
        self.due_empty.setTextFormat(Qt.TextFormat.PlainText)
        self.see_all_button = QPushButton()
        self.see_all_button.setObjectName("seeAllDue")
        self.see_all_button.setIcon(icon("due"))
        self.see_all_button.clicked.connect(lambda: self._show_page("due"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.see_all_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.due_list)
        layout.addWidget(self.due_empty)
        layout.addLayout(buttons)
        return box

    def _build_glance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Job search"))
        box.setObjectName("startGlance")
        self.plan_label = self._link_label("startPlan")
        self.applications_label = self._link_label("startApplications")
        self.stale_label = self._link_label("startStale")
        layout = QVBoxLayout(box)
        for label in (self.plan_label, self.applications_label, self.stale_label):
            layout.addWidget(label)
        return box

    def _link_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        flags = Qt.TextInteractionFlag
        label.setTextInteractionFlags(
            flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard
        )
        label.linkActivated.connect(self._on_link_activated)
        return label

    def _build_quick_actions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Quick actions"))
        box.setObjectName("startActions")
        self.capture_button = QPushButton(icon("capture"), self.tr("&Capture an accomplishment"))
        self.capture_button.setObjectName("startCapture")
        self.capture_button.setToolTip(self.tr("Record a result in one line (Ctrl+N)"))
        self.capture_button.clicked.connect(lambda: self._trigger("quick_capture_action"))
        self.target_button = QPushButton(icon("targets"), self.tr("New &target"))
        self.target_button.setObjectName("startNewTarget")
        self.target_button.setToolTip(self.tr("Add a job posting to tailor a résumé for"))
        self.target_button.clicked.connect(lambda: self._add_on_page("targets"))
        self.export_button = QPushButton(icon("export"), self.tr("E&xport…"))
        self.export_button.setObjectName("startExport")
        self.export_button.setToolTip(self.tr("Export a résumé or your Career Management Document"))
        self.export_button.clicked.connect(lambda: self._trigger("export_action"))
        layout = QVBoxLayout(box)
        for button in (self.capture_button, self.target_button, self.export_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            layout.addWidget(button)
        return box

    def _build_first_steps(self) -> QGroupBox:
        self.first_steps = QGroupBox(self.tr("First steps"))
        self.first_steps.setObjectName("startFirstSteps")
        intro = QLabel(
            self.tr(
                "Your career record is empty. Start with the roles you held, then record what "
                "you achieved in each: résumés and your Career Management Document are cut "
                "from it."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.role_button = QPushButton(icon("experience"), self.tr("Add your first &role"))
        self.role_button.setObjectName("startAddRole")
        self.role_button.clicked.connect(lambda: self._add_on_page("experience"))
        self.first_capture_button = QPushButton(
            icon("capture"), self.tr("Capture an &accomplishment")
        )
        self.first_capture_button.setObjectName("startFirstCapture")
        self.first_capture_button.clicked.connect(lambda: self._trigger("quick_capture_action"))
        self.welcome_button = QPushButton(icon("app"), self.tr("Explore the &demo or import…"))
        self.welcome_button.setObjectName("startWelcome")
        self.welcome_button.setToolTip(
            self.tr("Load a fictional career to look around (Undo removes it), or import a résumé")
        )
        self.welcome_button.clicked.connect(self._on_welcome_button_clicked)
        layout = QVBoxLayout(self.first_steps)
        layout.addWidget(intro)
        for button in (self.role_button, self.first_capture_button, self.welcome_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.first_steps

    # ----------------------------------------------------------------- showing
    def refresh(self) -> None:
        """Works the headline and the glance out again (the due panel follows its model)."""
        self._refresh_timer.stop()
        today = self.today()
        name = self.store.profile().name.strip()
        self.headline.setText(
            self.tr("Welcome back, %1").replace("%1", name) if name else self.tr("Welcome")
        )
        locale = QLocale()
        self.today_label.setText(
            locale.toString(
                QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
            )
        )
        snapshot = store_snapshot(self.store)
        empty = not snapshot.roles and not snapshot.accomplishments
        self.first_steps.setVisible(empty)
        # The first steps offer it already, beside adding a role.
        self.capture_button.setVisible(not empty)
        self.welcome_button.setVisible(empty and self._welcome_would_show())
        self._show_plan(snapshot, today)
        self._show_applications(snapshot, today)
        self._update_due_panel()

    def _show_plan(self, snapshot, today: date) -> None:
        report = plan_report(snapshot, today)
        if report.deadline is None:
            self.plan_label.setText(
                html.escape(self.tr("No deadline set yet."))
                + " "
                + _link("plan", self.tr("Set the deadline and milestones"))
            )
            return
        if report.days_left is not None and report.days_left < 0:
            headline = self.tr("The plan's deadline has passed")
        else:
            weeks = self.tr("%n week(s) left", "", report.weeks_left or 0)
            pace = self.tr("on pace") if report.on_pace else self.tr("behind pace")
            headline = f"{weeks} · {pace}"
        parts = [_link("plan", headline)]
        if report.milestones:
            met = self.tr("%1 of %n milestone(s) met", "", len(report.milestones))
            parts.append(html.escape(met.replace("%1", str(report.met))))
        self.plan_label.setText("<br>".join(parts))

    def _show_applications(self, snapshot, today: date) -> None:
        shown = rules.applications(snapshot.targets)
        if not shown:
            self.applications_label.setText(
                html.escape(self.tr("No applications yet."))
                + " "
                + _link("targets", self.tr("Add a target to apply for"))
            )
            self.stale_label.hide()
            return
        counts = rules.status_counts(shown)
        by_status = " · ".join(
            f"{status_label(status)} {counts[status]}" for status in STATUSES if counts[status]
        )
        title = self.tr("%n application(s)", "", len(shown))
        self.applications_label.setText(
            _link("applications", title) + "<br>" + html.escape(by_status)
        )
        stale_days = keys.APPLICATIONS_STALE_DAYS.get()
        meetings = snapshot.meetings
        stale = sum(
            1
            for target in shown
            if rules.is_stale(target, rules.meetings_for(target, meetings), stale_days, today)
        )
        self.stale_label.setVisible(bool(stale))
        if stale:
            text = self.tr("%n application(s) gone quiet for over %1 days", "", stale)
            self.stale_label.setText(_link("stale", text.replace("%1", str(stale_days))))

    def _update_due_panel(self) -> None:
        listed, overdue = self.due_model.counts()
        shown = min(listed, DUE_SHOWN)
        self.due_list.setVisible(bool(listed))
        self.due_empty.setVisible(not listed)
        if listed:
            row = max(self.due_list.sizeHintForRow(0), self.fontMetrics().height() + 6)
            self.due_list.setFixedHeight(row * shown + 2 * self.due_list.frameWidth() + 4)
        else:
            self.due_empty.setText(
                self.tr("Nothing due in the next %n day(s).", "", self.due_model.within_days)
                + " "
                + self.tr(
                    "Follow-ups, action items, next steps and milestones show here when "
                    "their day comes near."
                )
            )
        text = self.tr("See all (%n)", "", listed) if listed else self.tr("Open What's Due")
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.see_all_button.setText(text)

    # ----------------------------------------------------------------- acting
    def _window(self):
        window = self.window()
        return window if window is not self and hasattr(window, "show_view") else None

    def _show_page(self, key: str):
        """Shows a page of the window; its view, or None when there is no window."""
        window = self._window()
        if window is None:
            return None
        window.show_view(key)
        return window.view(key)

    def _add_on_page(self, key: str) -> None:
        view = self._show_page(key)
        if view is not None and view.can_add():
            view.add_new()

    def _trigger(self, action_name: str) -> None:
        action = getattr(self._window(), action_name, None)
        if action is not None:
            action.trigger()

    def open_due_index(self, index: QModelIndex) -> bool:
        """Opens the record of an entry of the due panel on its page."""
        if not index.isValid():
            return False
        return open_due_record(
            self, index.data(DueRoles.RecordKindRole), index.data(DueRoles.RecordIdRole)
        )

    # ----------------------------------------------------------------- CareerView hooks
    def title(self) -> str:
        return self.tr("Start")

    # ----------------------------------------------------------------- slots
    def _on_store_changed(self, *_args) -> None:
        self._refresh_timer.start()

    def _on_due_list_clicked(self, index: QModelIndex) -> None:
        self.open_due_index(index)

    def _on_link_activated(self, link: str) -> None:
        if link == "stale":
            view = self._show_page("applications")
            check = getattr(getattr(view, "filter_bar", None), "stale_check", None)
            if check is not None:
                check.setChecked(True)
            return
        self._show_page(link)

    def _welcome_would_show(self) -> bool:
        """True when the window's first-run welcome would offer itself: nothing stored at all."""
        window = self._window()
        if window is None or getattr(window, "demo", False):
            return False
        from resume_builder.ui.views.welcome import is_empty  # it reads the demo when imported

        return hasattr(window, "offer_welcome_if_empty") and is_empty(self.store)

    def _on_welcome_button_clicked(self) -> None:
        window = self._window()
        if window is not None:
            window.offer_welcome_if_empty()
