<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccomplishmentEditor</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="263"/>
        <source>%n accomplishments selected. Delete removes them all; select one to edit it.</source>
        <translation>
            <numerusform>%n accomplishment selected. Delete removes it.</numerusform>
            <numerusform>%n accomplishments selected. Delete removes them all; select one to edit it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccomplishmentsView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/accomplishments/__init__.py" line="233"/>
        <source>Delete %n Accomplishments</source>
        <translation>
            <numerusform>Delete %n Accomplishment</numerusform>
            <numerusform>Delete %n Accomplishments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationFilterBar</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="109"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/models/applications.py" line="288"/>
        <source>No change for %n day(s)</source>
        <translation>
            <numerusform>No change for %n day</numerusform>
            <numerusform>No change for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/applications/__init__.py" line="123"/>
        <source>Move %n Application(s) to %1</source>
        <translation>
            <numerusform>Move %n Application to %1</numerusform>
            <numerusform>Move %n Applications to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackgroundView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="139"/>
        <source>Delete %n Education Entr(y/ies)</source>
        <translation>
            <numerusform>Delete %n Education Entry</numerusform>
            <numerusform>Delete %n Education Entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="166"/>
        <source>Delete %n Certification(s)</source>
        <translation>
            <numerusform>Delete %n Certification</numerusform>
            <numerusform>Delete %n Certifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="190"/>
        <source>Delete %n Award(s)</source>
        <translation>
            <numerusform>Delete %n Award</numerusform>
            <numerusform>Delete %n Awards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="215"/>
        <source>Delete %n Publication(s)</source>
        <translation>
            <numerusform>Delete %n Publication</numerusform>
            <numerusform>Delete %n Publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="238"/>
        <source>Delete %n Language(s)</source>
        <translation>
            <numerusform>Delete %n Language</numerusform>
            <numerusform>Delete %n Languages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="269"/>
        <source>Delete %n Project(s)</source>
        <translation>
            <numerusform>Delete %n Project</numerusform>
            <numerusform>Delete %n Projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="295"/>
        <source>Delete %n Volunteer Position(s)</source>
        <translation>
            <numerusform>Delete %n Volunteer Position</numerusform>
            <numerusform>Delete %n Volunteer Positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="321"/>
        <source>Delete %n Interest(s)</source>
        <translation>
            <numerusform>Delete %n Interest</numerusform>
            <numerusform>Delete %n Interests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrokenTemplatesNote</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/widgets/broken_templates.py" line="55"/>
        <source>%n template file(s) could not be used:</source>
        <translation>
            <numerusform>%n template file could not be used:</numerusform>
            <numerusform>%n template files could not be used:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/applications/board.py" line="61"/>
        <source>%n day(s) quiet</source>
        <extracomment>a column is never narrower than this, so a card keeps a readable name; the board scrolls room between two columns (and two rows of columns) name, organisation, days quiet, next step</extracomment>
        <translation>
            <numerusform>%n day quiet</numerusform>
            <numerusform>%n days quiet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueIndicator</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/widgets/due_indicator.py" line="71"/>
        <source>Nothing is due in the next %n day(s)</source>
        <translation>
            <numerusform>Nothing is due in the next %n day</numerusform>
            <numerusform>Nothing is due in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/widgets/due_indicator.py" line="73"/>
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/widgets/due_indicator.py" line="75"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/widgets/due_indicator.py" line="79"/>
        <source>Due in the next %n day(s), or overdue: click to see what</source>
        <translation>
            <numerusform>Due in the next %n day, or overdue: click to see what</numerusform>
            <numerusform>Due in the next %n days, or overdue: click to see what</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/due.py" line="94"/>
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/due.py" line="240"/>
        <source>%n due in the next %1 days</source>
        <translation>
            <numerusform>%n due in the next %1 days</numerusform>
            <numerusform>%n due in the next %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/due.py" line="242"/>
        <source>%n dated and open</source>
        <translation>
            <numerusform>%n dated and open</numerusform>
            <numerusform>%n dated and open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/due.py" line="244"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/due.py" line="250"/>
        <source>Nothing due in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing due in the next %n day.</numerusform>
            <numerusform>Nothing due in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueWhen</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/models/due.py" line="95"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/models/due.py" line="96"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperienceView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/experience.py" line="74"/>
        <source>Delete %n Role(s)</source>
        <translation>
            <numerusform>Delete %n Role</numerusform>
            <numerusform>Delete %n Roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitWords</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="39"/>
        <source>%n page</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="40"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="49"/>
        <source>%1, within the %n-page target.</source>
        <translation>
            <numerusform>%1, within the %n-page target.</numerusform>
            <numerusform>%1, within the %n-page target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="53"/>
        <source>Left out to fit: %n item, “%1”.</source>
        <translation>
            <numerusform>Left out to fit: %n item, “%1”.</numerusform>
            <numerusform>Left out to fit: %n items, first “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="55"/>
        <source>Left out to fit: %n items, first “%1”.</source>
        <translation>
            <numerusform>Left out to fit: %n item, “%1”.</numerusform>
            <numerusform>Left out to fit: %n items, first “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="61"/>
        <source>%1: over the %n-page target even without any optional part.</source>
        <translation>
            <numerusform>%1: over the %n-page target even without any optional part.</numerusform>
            <numerusform>%1: over the %n-page target even without any optional part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="68"/>
        <source>The closest it comes leaves out %n item, “%1”.</source>
        <translation>
            <numerusform>The closest it comes leaves out %n item, “%1”.</numerusform>
            <numerusform>The closest it comes leaves out %n items, first “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="71"/>
        <source>The closest it comes leaves out %n items, first “%1”.</source>
        <translation>
            <numerusform>The closest it comes leaves out %n item, “%1”.</numerusform>
            <numerusform>The closest it comes leaves out %n items, first “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="77"/>
        <source>To fit, leave out %n item: “%1”.</source>
        <translation>
            <numerusform>To fit, leave out %n item: “%1”.</numerusform>
            <numerusform>To fit, leave out %n items, starting with “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="79"/>
        <source>To fit, leave out %n items, starting with “%1”.</source>
        <translation>
            <numerusform>To fit, leave out %n item: “%1”.</numerusform>
            <numerusform>To fit, leave out %n items, starting with “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="80"/>
        <source>%1: over the %n-page target.</source>
        <translation>
            <numerusform>%1: over the %n-page target.</numerusform>
            <numerusform>%1: over the %n-page target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="106"/>
        <source>%n bullet(s) past what a résumé lists for each role: no room left for them</source>
        <translation>
            <numerusform>%n bullet past what a résumé lists for each role: no room left for them</numerusform>
            <numerusform>%n bullets past what a résumé lists for each role: no room left for them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="110"/>
        <source>%n line(s) under Earlier career, the oldest first: before an older role&apos;s bullets</source>
        <translation>
            <numerusform>%n line under Earlier career, the oldest first: before an older role&apos;s bullets</numerusform>
            <numerusform>%n lines under Earlier career, the oldest first: before an older role&apos;s bullets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="117"/>
        <source>%n bullets of %1: an older role, cut before a recent role&apos;s first %2</source>
        <translation>
            <numerusform>%n bullet of %1: an older role, cut before a recent role&apos;s first %2</numerusform>
            <numerusform>%n bullets of %1: an older role, cut before a recent role&apos;s first %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="126"/>
        <source>%n bullets of %1: beyond a recent role&apos;s first %2</source>
        <translation>
            <numerusform>%n bullet of %1: beyond a recent role&apos;s first %2</numerusform>
            <numerusform>%n bullets of %1: beyond a recent role&apos;s first %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="140"/>
        <source>%n roles that ended before %1 listed under Earlier career (title, employer, years): older than %2 years</source>
        <translation>
            <numerusform>%n role that ended before %1 listed under Earlier career (title, employer, years): older than %2 years</numerusform>
            <numerusform>%n roles that ended before %1 listed under Earlier career (title, employer, years): older than %2 years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="134"/>
        <source>%n bullets of %1: no room once everything less important had gone</source>
        <translation>
            <numerusform>%n bullet of %1: no room once everything less important had gone</numerusform>
            <numerusform>%n bullets of %1: no room once everything less important had gone</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HintMessages</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/hint_messages.py" line="84"/>
        <source>This bullet has %n word; consider adding what you did and what it changed, in about %1 to %2 words.</source>
        <translation>
            <numerusform>This bullet has %n word; consider adding what you did and what it changed, in about %1 to %2 words.</numerusform>
            <numerusform>This bullet has %n words; consider adding what you did and what it changed, in about %1 to %2 words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/hint_messages.py" line="91"/>
        <source>This bullet has %n words; consider adding what you did and what it changed, in about %1 to %2 words.</source>
        <translation>
            <numerusform>This bullet has %n word; consider adding what you did and what it changed, in about %1 to %2 words.</numerusform>
            <numerusform>This bullet has %n words; consider adding what you did and what it changed, in about %1 to %2 words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/hint_messages.py" line="99"/>
        <source>This bullet has %n words; consider trimming it to about %1 or splitting it in two, so it stays easy to skim.</source>
        <translation>
            <numerusform>This bullet has %n word; consider trimming it to about %1 or splitting it in two, so it stays easy to skim.</numerusform>
            <numerusform>This bullet has %n words; consider trimming it to about %1 or splitting it in two, so it stays easy to skim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/hint_messages.py" line="107"/>
        <source>This bullet has %n word but %1 characters; consider trimming it under %2 characters, so it fits on two lines.</source>
        <translation>
            <numerusform>This bullet has %n word but %1 characters; consider trimming it under %2 characters, so it fits on two lines.</numerusform>
            <numerusform>This bullet has %n words but %1 characters; consider trimming it under %2 characters, so it fits on two lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/hint_messages.py" line="114"/>
        <source>This bullet has %n words but %1 characters; consider trimming it under %2 characters, so it fits on two lines.</source>
        <translation>
            <numerusform>This bullet has %n word but %1 characters; consider trimming it under %2 characters, so it fits on two lines.</numerusform>
            <numerusform>This bullet has %n words but %1 characters; consider trimming it under %2 characters, so it fits on two lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOutcomeTexts</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/import_backup.py" line="468"/>
        <source>Imported %n records; Undo removes them.</source>
        <translation>
            <numerusform>Imported %n record; Undo removes it.</numerusform>
            <numerusform>Imported %n records; Undo removes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/import_backup.py" line="473"/>
        <source>%n record(s) were imported into %1. Start Resume Builder with --data-dir on that folder to work with them.</source>
        <translation>
            <numerusform>%n record was imported into %1. Start Resume Builder with --data-dir on that folder to work with it.</numerusform>
            <numerusform>%n records were imported into %1. Start Resume Builder with --data-dir on that folder to work with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/import_backup.py" line="152"/>
        <source>%n line(s) the reader could not place: select one and choose a role to keep it as an accomplishment of that role, or leave it out</source>
        <translation>
            <numerusform>%n line the reader could not place: select one and choose a role to keep it as an accomplishment of that role, or leave it out</numerusform>
            <numerusform>%n lines the reader could not place: select one and choose a role to keep it as an accomplishment of that role, or leave it out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/import_backup.py" line="310"/>
        <source>%n warning(s): what the file holds in another shape, and how it was read</source>
        <translation>
            <numerusform>%n warning: what the file holds in another shape, and how it was read</numerusform>
            <numerusform>%n warnings: what the file holds in another shape, and how it was read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/profile.py" line="150"/>
        <source>Remove %n Link(s)</source>
        <translation>
            <numerusform>Remove %n Link</numerusform>
            <numerusform>Remove %n Links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/main_window.py" line="393"/>
        <source>%n accomplishments</source>
        <translation>
            <numerusform>%n accomplishment</numerusform>
            <numerusform>%n accomplishments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/main_window.py" line="394"/>
        <source>%n roles</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/main_window.py" line="395"/>
        <source>%n skills</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/main_window.py" line="399"/>
        <source>%n relationships</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="76"/>
        <source>Delete %n Meeting(s)</source>
        <translation>
            <numerusform>Delete %n Meeting</numerusform>
            <numerusform>Delete %n Meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationIndex</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/models/organisations.py" line="84"/>
        <source>Applications made: %n</source>
        <translation>
            <numerusform>Applications made: %n</numerusform>
            <numerusform>Applications made: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/organisations.py" line="72"/>
        <source>Delete %n Organisation(s)</source>
        <translation>
            <numerusform>Delete %n Organisation</numerusform>
            <numerusform>Delete %n Organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/organisations.py" line="334"/>
        <source>%n organisation(s) to scout</source>
        <translation>
            <numerusform>%n organisation to scout</numerusform>
            <numerusform>%n organisations to scout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/organisations.py" line="337"/>
        <source>%n high priority</source>
        <translation>
            <numerusform>%n high priority</numerusform>
            <numerusform>%n high priority</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/organisations.py" line="377"/>
        <source>%n posting(s) seen</source>
        <translation>
            <numerusform>%n posting seen</numerusform>
            <numerusform>%n postings seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/organisations.py" line="379"/>
        <source>%n application(s) made</source>
        <translation>
            <numerusform>%n application made</numerusform>
            <numerusform>%n applications made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleProxyModel</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/models/people.py" line="182"/>
        <source>Not contacted for %n day(s)</source>
        <translation>
            <numerusform>Not contacted for %n day</numerusform>
            <numerusform>Not contacted for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/people.py" line="419"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/people.py" line="78"/>
        <source>Delete %n Person(s)</source>
        <translation>
            <numerusform>Delete %n Person</numerusform>
            <numerusform>Delete %n People</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/people.py" line="369"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/people.py" line="373"/>
        <source>%n not contacted in %1 days</source>
        <translation>
            <numerusform>%n not contacted in %1 days</numerusform>
            <numerusform>%n not contacted in %1 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/plan.py" line="325"/>
        <source>%n week(s) left</source>
        <translation>
            <numerusform>%n week left</numerusform>
            <numerusform>%n weeks left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/plan.py" line="335"/>
        <source>CMD %1 % complete: %2 of %n role(s) have STAR detail</source>
        <translation>
            <numerusform>CMD %1 % complete: %2 of %n role has STAR detail</numerusform>
            <numerusform>CMD %1 % complete: %2 of %n roles have STAR detail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="77"/>
        <source>%n accomplishment(s) match, best first.</source>
        <translation>
            <numerusform>%n accomplishment matches.</numerusform>
            <numerusform>%n accomplishments match, best first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="144"/>
        <source>Remove %n Requirement(s)</source>
        <translation>
            <numerusform>Remove %n Requirement</numerusform>
            <numerusform>Remove %n Requirements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillFilterButton</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="84"/>
        <source>Skills (%n)</source>
        <translation>
            <numerusform>Skills (%n)</numerusform>
            <numerusform>Skills (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillsView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/skills.py" line="156"/>
        <source>Delete %n Skill(s)</source>
        <translation>
            <numerusform>Delete %n Skill</numerusform>
            <numerusform>Delete %n Skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/skills.py" line="246"/>
        <source>Only %n accomplishment(s) prove this skill: record more evidence.</source>
        <translation>
            <numerusform>Only %n accomplishment proves this skill: record more evidence.</numerusform>
            <numerusform>Only %n accomplishments prove this skill: record more evidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/skills.py" line="257"/>
        <source>%n accomplishment(s) prove this skill (none dated).</source>
        <translation>
            <numerusform>%n accomplishment proves this skill (not dated).</numerusform>
            <numerusform>%n accomplishments prove this skill (none dated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/skills.py" line="259"/>
        <source>%n accomplishment(s) prove this skill; the newest is from %1.</source>
        <translation>
            <numerusform>%n accomplishment proves this skill; it is from %1.</numerusform>
            <numerusform>%n accomplishments prove this skill; the newest is from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="285"/>
        <source>%n week(s) left</source>
        <translation>
            <numerusform>%n week left</numerusform>
            <numerusform>%n weeks left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="290"/>
        <source>%1 of %n milestone(s) met</source>
        <translation>
            <numerusform>%1 of %n milestone met</numerusform>
            <numerusform>%1 of %n milestones met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="308"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="321"/>
        <source>%n application(s) gone quiet for over %1 days</source>
        <translation>
            <numerusform>%n application gone quiet for over %1 days</numerusform>
            <numerusform>%n applications gone quiet for over %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="334"/>
        <source>Nothing due in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing due in the next %n day.</numerusform>
            <numerusform>Nothing due in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="341"/>
        <source>See all (%n)</source>
        <translation>
            <numerusform>See all (%n)</numerusform>
            <numerusform>See all (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="343"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/targets/view.py" line="103"/>
        <source>Delete %n Target(s)</source>
        <translation>
            <numerusform>Delete %n Target</numerusform>
            <numerusform>Delete %n Targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/welcome.py" line="53"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/welcome.py" line="54"/>
        <source>%n accomplishment(s)</source>
        <translation>
            <numerusform>%n accomplishment</numerusform>
            <numerusform>%n accomplishments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowTransfers</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/window_transfers.py" line="60"/>
        <source>%n calendar entries written to %1</source>
        <translation>
            <numerusform>%n calendar entry written to %1</numerusform>
            <numerusform>%n calendar entries written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_DocumentDialog</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="232"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
</TS>
