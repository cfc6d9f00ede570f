"""The demo career: a fictional IT leader's full record for `--demo`, screenshots and tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from resume_builder.domain.dates import PRESENT, EndDate, PartialDate
from resume_builder.domain.models import (
    Accomplishment,
    Award,
    Certification,
    Education,
    Interest,
    Language,
    Link,
    Profile,
    Project,
    Publication,
    Record,
    Reference,
    Role,
    Skill,
    Volunteer,
)
from resume_builder.storage.repository import Repository

# The career is told as of the start of 2026 (its newest dated event is in 2025). When `today`
# is earlier, every date moves back by whole years so that nothing lies in the future.
_TOLD_IN_YEAR = 2026


@dataclass(frozen=True)
class _Calendar:
    """Turns the dates written below into the dates of the career as seen from `today`."""

    years_back: int

    @classmethod
    def seen_from(cls, today: date) -> _Calendar:
        return cls(max(0, _TOLD_IN_YEAR - today.year))

    def at(self, text: str) -> PartialDate:
        told = PartialDate.parse(text)
        return PartialDate(told.year - self.years_back, told.month, told.day)

    def until(self, text: str | None) -> EndDate:
        """An end date; None is the open end of something still going on."""
        return PRESENT if text is None else self.at(text)


@dataclass(frozen=True)
class _RoleSpec:
    key: str
    title: str
    employer: str
    location: str
    url: str
    start: str
    end: str | None  # None while the role is current
    description: str
    employer_description: str


@dataclass(frozen=True)
class _Story:
    role: str
    when: str
    impact: int
    skills: tuple[str, ...]
    headline: str
    situation: str
    task: str
    action: str
    result: str
    metrics: tuple[str, ...]
    evidence: tuple[str, ...] = ()
    notes: str = ""


# name, category, aliases, level
_SKILLS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("Amazon Web Services", "Cloud", ("AWS",), "Advanced"),
    ("Microsoft Azure", "Cloud", ("Azure",), "Advanced"),
    ("Kubernetes", "Cloud", ("k8s",), "Advanced"),
    ("Terraform", "Cloud", ("infrastructure as code", "IaC"), "Advanced"),
    ("Cost Optimisation", "Cloud", ("FinOps", "cloud cost management"), "Expert"),
    ("Python", "Languages", (), "Advanced"),
    ("Go", "Languages", ("golang",), "Intermediate"),
    ("Bash", "Languages", ("shell scripting",), "Advanced"),
    ("C#", "Languages", ("csharp",), "Intermediate"),
    (".NET", "Languages", ("dotnet",), "Intermediate"),
    ("Node.js", "Languages", ("node", "nodejs"), "Intermediate"),
    ("SQL", "Languages", (), "Advanced"),
    ("PostgreSQL", "Data", ("postgres",), "Advanced"),
    ("Data Analytics", "Data", ("analytics", "business intelligence"), "Advanced"),
    ("Linux", "Operations", (), "Expert"),
    ("VMware", "Operations", ("vSphere",), "Intermediate"),
    ("Incident Management", "Operations", ("on-call", "major incident management"), "Expert"),
    ("Observability", "Operations", ("monitoring",), "Expert"),
    ("ITIL", "Operations", ("IT service management", "ITSM"), "Expert"),
    ("Disaster Recovery", "Operations", ("business continuity", "DR"), "Expert"),
    ("Security & Compliance", "Security", ("ISO 27001", "SOC 2", "compliance"), "Expert"),
    ("Identity & Access Management", "Security", ("IAM", "SSO"), "Advanced"),
    (
        "CI/CD",
        "Delivery",
        ("continuous integration", "continuous delivery", "continuous deployment"),
        "Advanced",
    ),
    ("Agile", "Delivery", ("Scrum", "Kanban"), "Advanced"),
    ("Project Management", "Delivery", ("programme management",), "Expert"),
    ("People Management", "Leadership", ("line management",), "Expert"),
    ("Hiring", "Leadership", ("recruiting", "recruitment"), "Advanced"),
    ("Mentoring", "Leadership", ("coaching",), "Advanced"),
    ("Stakeholder Management", "Leadership", (), "Expert"),
    ("Budgeting", "Leadership", ("budget ownership", "financial planning"), "Expert"),
    ("Vendor Management", "Leadership", ("procurement", "contract negotiation"), "Expert"),
    ("Change Management", "Leadership", ("organisational change",), "Advanced"),
    ("Customer Engagement", "Business", ("customer-facing",), "Advanced"),
    ("Presales Support", "Business", ("presales", "solution consulting"), "Intermediate"),
)

_ROLES: tuple[_RoleSpec, ...] = (
    _RoleSpec(
        key="nordlys",
        title="Systems Engineer",
        employer="Nordlys Freight AB",
        location="Solna, Sweden",
        url="https://nordlys-freight.example.com",
        start="2012-09",
        end="2015-03",
        description=(
            "One of six engineers running 400 Linux, Windows and VMware servers in two data "
            "centres for 30 freight terminals."
        ),
        employer_description=(
            "Nordic freight forwarder with 1,200 employees and terminals in Sweden, Norway and "
            "Finland."
        ),
    ),
    _RoleSpec(
        key="kvarnby",
        title="Senior Site Reliability Engineer / Team Lead",
        employer="Kvarnby Payments AB",
        location="Stockholm, Sweden",
        url="https://kvarnby-payments.example.com",
        start="2015-04",
        end="2018-05",
        description=(
            "Led a six-person SRE team (from 2016) running a card-payment platform for 9,000 "
            "merchants at up to 2,300 transactions per second."
        ),
        employer_description=(
            "Stockholm fintech offering card acquiring and payment gateways to Nordic "
            "e-commerce merchants; 350 employees."
        ),
    ),
    _RoleSpec(
        key="lumora",
        title="Engineering Manager, Platform",
        employer="Lumora Health AB",
        location="Stockholm, Sweden",
        url="https://lumora-health.example.com",
        start="2018-06",
        end="2021-08",
        description=(
            "Managed 14 engineers in two platform teams with a SEK 18M annual budget; the "
            "platform served 90 product engineers and 1.5 million patients."
        ),
        employer_description=(
            "Digital healthcare provider offering video consultations and a patient app in "
            "Sweden, Norway and the UK; 900 employees."
        ),
    ),
    _RoleSpec(
        key="halvard",
        title="Associate Director, IT Operations",
        employer="Halvard Industrial Group AB",
        location="Stockholm, Sweden",
        url="https://halvard-group.example.com",
        start="2021-09",
        end=None,
        description=(
            "Lead IT operations for 6,500 employees at 28 sites in 11 countries: 42 staff, 3 "
            "managed-service partners and a €14M annual budget."
        ),
        employer_description=(
            "Swedish maker of industrial pumps and flow-control systems, listed on Nasdaq "
            "Stockholm; 6,500 employees and €1.9B revenue."
        ),
    ),
)

_STORIES: tuple[_Story, ...] = (
    # ------------------------------------------------------------ Nordlys Freight, 2012-2015
    _Story(
        role="nordlys",
        when="2013",
        impact=1,
        skills=("Linux", "ITIL"),
        headline="Documented 60 server runbooks in the team wiki, cutting night-shift "
        "escalations by a third",
        situation="Knowledge of how to restart or recover most systems lived in the heads of "
        "two senior engineers.",
        task="Make it possible for whoever was on call to handle common problems alone.",
        action="Interviewed the senior engineers, wrote 60 runbooks with commands and "
        "screenshots, and linked each one to the systems it covered.",
        result="Escalations from the night shift fell by about a third over the next quarter.",
        metrics=("60 runbooks", "Escalations −33%"),
    ),
    _Story(
        role="nordlys",
        when="2013-01",
        impact=3,
        skills=("Linux", "Bash", "VMware"),
        headline="Cut new-server build time from 2 days to 90 minutes by scripting Linux "
        "provisioning with Kickstart and Bash",
        situation="Every new server for the terminal systems was built by hand from a 40-step "
        "checklist; builds took two working days and rarely came out identical.",
        task="Make server builds fast and repeatable so the team could keep up with ten new "
        "terminal systems a month.",
        action="Wrote Kickstart profiles and Bash post-install scripts for the three standard "
        "server types and published VMware templates built from them. Added an acceptance "
        "test that compared each new host with its template.",
        result="Build time fell from two days to 90 minutes and configuration drift between "
        "new servers disappeared.",
        metrics=("Build time 2 days → 90 min", "120 servers built a year"),
    ),
    _Story(
        role="nordlys",
        when="2013-06",
        impact=3,
        skills=("VMware", "Linux", "Project Management"),
        headline="Consolidated 140 physical servers onto 12 VMware hosts, freeing 2 racks and "
        "SEK 1.1M a year",
        situation="The Solna data centre was out of rack space and power, and 140 ageing "
        "physical servers averaged 8% CPU use.",
        task="Plan and run the consolidation with one other engineer without disturbing "
        "round-the-clock terminal operations.",
        action="Profiled every server for a month, grouped them into 14 migration waves and "
        "converted them during Sunday-night windows. Agreed each wave's rollback plan with "
        "the terminal managers in advance.",
        result="All 140 servers moved in seven months with one rollback and no missed "
        "shipments. Power, cooling and hardware support costs fell by SEK 1.1M a year.",
        metrics=("140 servers → 12 hosts", "SEK 1.1M/year saved", "2 racks freed"),
        evidence=("https://example.com/nordlys/consolidation-final-report.pdf",),
    ),
    _Story(
        role="nordlys",
        when="2013-10",
        impact=3,
        skills=("Observability", "Linux", "Python"),
        headline="Built monitoring for 400 servers that flagged 70% of disk and memory faults "
        "before users noticed",
        situation="Faults were reported by warehouse staff calling the help desk, often hours "
        "after a disk had filled or a service had died.",
        task="Give the operations team warning of common failures before they stopped the "
        "terminals.",
        action="Set up Nagios and Graphite across all 400 servers and wrote Python checks for "
        "label printers, scanner gateways and the transport management system. Tuned the "
        "thresholds with the night shift for two months to keep false alarms down.",
        result="Seven in ten disk and memory faults were caught before anyone called, and "
        "out-of-hours call-outs dropped by a third.",
        metrics=("70% of faults caught early", "Call-outs −33%"),
    ),
    _Story(
        role="nordlys",
        when="2014-01",
        impact=2,
        skills=("C#", ".NET", "SQL"),
        headline="Replaced 3 legacy label print servers with one C# service, ending 25 "
        "help-desk tickets a month",
        situation="Shipping labels went through three old print servers with hand-edited "
        "queues, and jammed queues were the help desk's most common ticket.",
        task="Give the 30 terminals a reliable way to print labels without adding staff.",
        action="Wrote a small .NET Windows service in C# that took print jobs from the SQL "
        "Server order database and routed them to printers by terminal, with automatic "
        "retries and a status page.",
        result="The three print servers were retired and label tickets fell from about 25 a "
        "month to two.",
        metrics=("Label tickets 25 → 2 a month", "3 servers retired"),
        notes="A former colleague says it was still running in 2019: a good example of a "
        "small tool that paid off.",
    ),
    _Story(
        role="nordlys",
        when="2014-04",
        impact=4,
        skills=("Disaster Recovery", "Incident Management", "VMware"),
        headline="Restored systems for 30 terminals within 3 hours of a cooling failure by "
        "leading the first live DR failover",
        situation="A chiller failed in the Solna data centre on a weekday morning and the "
        "server room passed 40 °C.",
        task="Keep freight moving by bringing critical systems up at the secondary site, which "
        "had never been failed over for real.",
        action="Acted as incident coordinator: shut down non-critical hosts, started the "
        "transport management and label systems from replicas at the secondary site, and "
        "updated the terminal managers every 30 minutes.",
        result="All 30 terminals were working again within three hours and no shipments were "
        "lost. The review that followed set up a twice-yearly failover test.",
        metrics=("Recovery in 3 hours", "0 shipments lost"),
    ),
    _Story(
        role="nordlys",
        when="2014-08",
        impact=3,
        skills=("SQL", "Data Analytics"),
        headline="Reduced nightly batch runtime from 7 hours to 2.5 by tuning 30 SQL queries "
        "behind track-and-trace reports",
        situation="The nightly batch that fed track-and-trace and customer reports regularly "
        "ran into the morning shift and slowed the terminals down.",
        task="Finish the batch before the 05:00 shift start without buying new hardware.",
        action="Traced the 30 slowest queries through their execution plans, added covering "
        "indexes, rewrote cursor loops as set-based SQL and moved two reports to a read "
        "replica.",
        result="The batch finished in 2.5 hours instead of seven and the morning slowdowns "
        "stopped.",
        metrics=("Batch 7 h → 2.5 h", "30 queries tuned"),
    ),
    _Story(
        role="nordlys",
        when="2014-11",
        impact=2,
        skills=("Linux", "Mentoring", "ITIL"),
        headline="Trained 12 service-desk agents in Linux first-line fixes, lifting "
        "first-contact resolution from 48% to 63%",
        situation="Most Linux tickets were escalated to the second line even when the fix was "
        "a service restart or a disk clean-up.",
        task="Let the service desk solve the common cases itself.",
        action="Wrote ten step-by-step procedures, gave the agents restricted sudo rights for "
        "exactly those steps and ran four hands-on workshops.",
        result="First-contact resolution rose from 48% to 63% in three months, freeing about "
        "a day a week of second-line time.",
        metrics=("First-contact resolution 48% → 63%", "12 agents trained"),
    ),
    _Story(
        role="nordlys",
        when="2015-01",
        impact=3,
        skills=("Linux", "Bash", "Security & Compliance"),
        headline="Raised patch compliance from 61% to 98% across 400 servers with monthly "
        "maintenance windows and scripted patching",
        situation="An external audit found that four in ten servers lacked security patches "
        "more than 90 days old.",
        task="Close the audit finding before the follow-up review six months later.",
        action="Agreed a monthly maintenance window with the business, wrote Bash tooling that "
        "patched and rebooted hosts in dependency order, and published a compliance report "
        "every month.",
        result="Patch compliance reached 98% within five months and the auditors closed the "
        "finding.",
        metrics=("Patch compliance 61% → 98%", "Audit finding closed"),
    ),
    # ------------------------------------------------------------ Kvarnby Payments, 2015-2018
    _Story(
        role="kvarnby",
        when="2015-09",
        impact=5,
        skills=("Incident Management", "Observability", "Linux"),
        headline="Introduced a 6-person on-call rotation and 45 runbooks, cutting "
        "payment-gateway MTTR from 190 to 42 minutes",
        situation="Outages of the payment gateway were handled by whoever noticed them, and "
        "recovery took more than three hours on average.",
        task="Shorten recovery on a platform where every minute down cost merchants sales.",
        action="Set up a paid weekly on-call rotation with a clear escalation path, wrote 45 "
        "runbooks for the most common failures, and ran a blameless review after every "
        "customer-visible incident.",
        result="Mean time to recovery fell from 190 to 42 minutes within nine months.",
        metrics=("MTTR 190 → 42 min", "45 runbooks"),
        evidence=("https://example.com/kvarnby/incident-review-template",),
    ),
    _Story(
        role="kvarnby",
        when="2015-12",
        impact=4,
        skills=("Observability", "Stakeholder Management", "Agile"),
        headline="Raised checkout API availability from 99.7% to 99.96% by agreeing SLOs and "
        "error budgets with 4 product teams",
        situation="Product teams and operations argued over every release because nobody had "
        "agreed how reliable the checkout API had to be.",
        task="Replace the argument with a shared, measurable reliability target.",
        action="Defined service-level objectives with the four product owners, built "
        "error-budget dashboards and agreed that a team would pause feature work for the rest "
        "of a sprint once its budget was spent.",
        result="Availability rose from 99.7% to 99.96% over the next year and release "
        "disputes all but disappeared.",
        metrics=("Availability 99.7% → 99.96%", "Downtime −87%"),
    ),
    _Story(
        role="kvarnby",
        when="2016-03",
        impact=4,
        skills=("CI/CD", "Node.js", "Bash"),
        headline="Created a Jenkins deployment pipeline that took releases from 1 a month to 15 "
        "a week for 22 services",
        situation="Changes were bundled into one risky monthly release that took a whole "
        "Saturday and failed about one time in four.",
        task="Let teams ship small changes safely on their own schedule.",
        action="Built a Jenkins pipeline with automated tests, canary deployments and "
        "one-click rollback, starting with the Node.js merchant portal and moving the Java "
        "services after it.",
        result="Releases went from one a month to fifteen a week across 22 services, and "
        "Saturday release days ended.",
        metrics=("Releases 1/month → 15/week", "Failed deployments 25% → 4%"),
    ),
    _Story(
        role="kvarnby",
        when="2016-05",
        impact=2,
        skills=("Disaster Recovery", "Observability"),
        headline="Ran 6 game days that exposed 14 failure modes in the payment platform before "
        "customers found them",
        situation="Recovery procedures were written down but rarely exercised, and several had "
        "gone out of date.",
        task="Test the platform's resilience in a controlled way and keep the runbooks honest.",
        action="Planned six half-day game days that broke databases, queues and network links "
        "in staging while the on-call engineer worked from the runbooks.",
        result="The exercises found 14 failure modes and 9 outdated runbooks, all fixed before "
        "any of them caused a live incident.",
        metrics=("14 failure modes found", "9 runbooks fixed"),
    ),
    _Story(
        role="kvarnby",
        when="2016-06",
        impact=4,
        skills=("Security & Compliance", "Linux", "Project Management"),
        headline="Led PCI DSS Level 1 recertification across 180 hosts with 0 major findings, "
        "down from 11",
        situation="The previous PCI DSS assessment had found 11 major issues and the card "
        "schemes were watching closely.",
        task="Pass the next annual assessment cleanly while the platform kept growing.",
        action="Ran the programme across engineering, networks and HR: shrank the card-data "
        "environment from three network zones to one segmented zone, hardened the Linux "
        "baseline and collected evidence monthly instead of once a year.",
        result="The assessment closed with no major findings and took 9 days instead of 20.",
        metrics=("0 major findings (was 11)", "Assessment 20 → 9 days"),
    ),
    _Story(
        role="kvarnby",
        when="2016-09",
        impact=3,
        skills=("Hiring", "People Management", "Mentoring"),
        headline="Hired and onboarded 4 site reliability engineers in 5 months with no "
        "regretted attrition for 2 years",
        situation="When the team-lead role began there was one other engineer, a growing "
        "platform and a hiring freeze that had just been lifted.",
        task="Build a team that could share on-call and take on the cloud migration.",
        action="Wrote the role profiles, replaced whiteboard puzzles with a practical "
        "troubleshooting interview and built a four-week onboarding plan with a buddy for "
        "each hire.",
        result="Four engineers joined within five months, each took on-call shifts after six "
        "weeks, and nobody the team wanted to keep left in the next two years.",
        metrics=("4 hires in 5 months", "On-call ready in 6 weeks"),
    ),
    _Story(
        role="kvarnby",
        when="2016-11-25",
        impact=4,
        skills=("Go", "Observability", "Linux"),
        headline="Wrote a Go load-shedding proxy that held gateway p99 latency under 250 ms "
        "through a Black Friday peak of 2,300 tx/s",
        situation="The year before, the gateway had slowed to several seconds at peak and "
        "merchants lost sales on their biggest day.",
        task="Keep the gateway fast through Black Friday without a full re-architecture.",
        action="Wrote a small Go proxy that put card authorisations ahead of reporting calls "
        "and shed low-priority traffic as queues grew, then load-tested it at three times "
        "the previous peak.",
        result="p99 latency stayed under 250 ms at a peak of 2,300 transactions per second and "
        "no merchant reported failed payments.",
        metrics=("p99 < 250 ms at peak", "2,300 tx/s peak"),
    ),
    _Story(
        role="kvarnby",
        when="2017-02",
        impact=5,
        skills=("PostgreSQL", "SQL", "Project Management", "Cost Optimisation"),
        headline="Migrated 3.5 TB of transaction data from Oracle to PostgreSQL with 11 "
        "minutes of downtime, saving SEK 2.4M a year",
        situation="Oracle licences were the largest line in the infrastructure budget and a "
        "renewal with a 30% increase was due.",
        task="Move the transaction database off Oracle before the renewal date without losing "
        "a single transaction.",
        action="Ran both databases side by side for six weeks with change-data capture, "
        "rewrote 140 stored procedures and rehearsed the cut-over three times before doing "
        "it on a Sunday night.",
        result="The switch took 11 minutes of downtime, reconciliation found no lost "
        "transactions, and licence costs fell by SEK 2.4M a year.",
        metrics=("SEK 2.4M/year saved", "11 min downtime", "3.5 TB migrated"),
        evidence=("https://example.com/kvarnby/oracle-exit-retrospective",),
    ),
    _Story(
        role="kvarnby",
        when="2017-05",
        impact=3,
        skills=("Amazon Web Services", "Terraform", "CI/CD"),
        headline="Moved 14 internal services to AWS with Terraform, cutting test-environment "
        "setup from 3 weeks to 1 day",
        situation="Teams waited up to three weeks for a test environment from the shared "
        "data-centre pool.",
        task="Give teams environments on demand, starting with services outside the card-data "
        "scope.",
        action="Wrote reusable Terraform modules for networks, databases and services and "
        "wired them into the deployment pipeline so that any branch could request its own "
        "environment.",
        result="Test environments took a day instead of three weeks, and 14 services ran on "
        "AWS within eight months.",
        metrics=("Environment setup 3 weeks → 1 day", "14 services on AWS"),
    ),
    _Story(
        role="kvarnby",
        when="2017-08",
        impact=4,
        skills=("Customer Engagement", "Incident Management", "Stakeholder Management"),
        headline="Kept the 2 largest merchants (SEK 40M a year in volume) after a 4-hour "
        "outage by leading their incident reviews",
        situation="A storage failure stopped card payments for four hours on a Saturday, and "
        "the two largest merchants asked to review their contract terms.",
        task="Rebuild their trust with a candid account of what happened and what would change.",
        action="Led three review meetings with the merchants' technical and commercial leads, "
        "shared the full timeline and root cause, and agreed four fixes with delivery dates, "
        "all of which were met.",
        result="Both merchants renewed, and one later named the reviews as a reason for moving "
        "more volume to Kvarnby.",
        metrics=("2 key accounts retained", "SEK 40M/year volume kept"),
        notes="Good story for interview questions about failure and about talking to customers.",
    ),
    _Story(
        role="kvarnby",
        when="2017-11",
        impact=3,
        skills=("Python", "PostgreSQL", "Disaster Recovery"),
        headline="Automated restore tests for 100% of nightly PostgreSQL backups and cut the "
        "recovery point objective from 24 hours to 5 minutes",
        situation="Backups ran every night but none had been restored in over a year, and "
        "losing a day of transactions would have been unacceptable.",
        task="Prove that the backups worked and shrink the possible data loss.",
        action="Wrote a Python job that restored each night's backup into a sandbox and ran "
        "integrity checks, and added continuous WAL archiving for point-in-time recovery.",
        result="Every backup was verified automatically and the recovery point objective went "
        "from 24 hours to 5 minutes.",
        metrics=("RPO 24 h → 5 min", "100% of backups verified"),
    ),
    _Story(
        role="kvarnby",
        when="2018-02",
        impact=3,
        skills=("Observability", "Incident Management", "Python"),
        headline="Lowered on-call pages from 140 to 22 a week by removing 300 noisy checks and "
        "giving every alert an owner",
        situation="On-call engineers were paged 140 times a week, mostly for alerts nobody "
        "acted on, and two engineers had asked to leave the rotation.",
        task="Make on-call sustainable without missing real incidents.",
        action="Scored every alert by how often it led to action with a small Python tool, "
        "deleted or downgraded 300 checks, and required every remaining alert to have an "
        "owner and a runbook.",
        result="Pages fell from 140 to 22 a week with no rise in missed incidents, and both "
        "engineers stayed on the rotation.",
        metrics=("Pages 140 → 22/week", "300 checks removed"),
        evidence=("https://example.com/talks/pager-fatigue-slides",),
    ),
    _Story(
        role="kvarnby",
        when="2018-04",
        impact=3,
        skills=("Presales Support", "Customer Engagement", "Security & Compliance"),
        headline="Supported 2 enterprise sales workshops with reliability and security "
        "deep-dives, helping close a SEK 15M acquiring deal",
        situation="A large retail chain was choosing between Kvarnby and two bigger acquirers "
        "and wanted proof that the platform could handle its peaks.",
        task="Answer the retailer's technical due diligence as the engineering voice in the "
        "sales team.",
        action="Presented the platform architecture, availability history and PCI DSS "
        "evidence in two workshops and answered a 200-question security questionnaire.",
        result="The retailer signed a three-year contract worth SEK 15M a year.",
        metrics=("SEK 15M/year contract", "200-question questionnaire"),
    ),
    # ------------------------------------------------------------ Lumora Health, 2018-2021
    _Story(
        role="lumora",
        when="2019-06",
        impact=4,
        skills=("Hiring", "People Management"),
        headline="Grew the platform group from 6 to 14 engineers in 12 months and cut average "
        "time to hire from 94 to 51 days",
        situation="Six platform engineers supported 90 product engineers, and open roles had "
        "stayed unfilled for three months.",
        task="More than double the group quickly without lowering the bar.",
        action="Rewrote the job adverts around the problems the team solved, trained eight "
        "interviewers on a structured scorecard and agreed a one-week decision deadline with "
        "the recruiters.",
        result="Eight engineers joined within a year, three of them women in a group that had "
        "had none, and average time to hire fell from 94 to 51 days.",
        metrics=("6 → 14 engineers", "Time to hire 94 → 51 days"),
    ),
    _Story(
        role="lumora",
        when="2019-08",
        impact=5,
        skills=("Kubernetes", "Amazon Web Services", "Terraform", "Project Management"),
        headline="Migrated 85 services from virtual machines to Kubernetes on AWS in 11 months "
        "with 0 patient-facing outages",
        situation="The patient app ran on 300 hand-managed virtual machines, deployments took "
        "hours and capacity for peaks had to be booked weeks ahead.",
        task="Move every service to a container platform without interrupting consultations.",
        action="Chose Amazon EKS with Terraform-managed clusters, built a migration playbook "
        "and a shared Helm chart, and embedded a platform engineer in each product team for "
        "its migration sprint.",
        result="All 85 services ran on Kubernetes after 11 months with no patient-facing "
        "outage, and compute cost per consultation fell by 45%.",
        metrics=(
            "85 services migrated",
            "0 patient-facing outages",
            "Compute cost per consultation −45%",
        ),
        evidence=("https://example.com/lumora/engineering-blog/kubernetes-migration",),
    ),
    _Story(
        role="lumora",
        when="2019-09",
        impact=5,
        skills=("Security & Compliance", "Stakeholder Management", "Project Management"),
        headline="Achieved ISO 27001 certification in 9 months by leading 60 control owners "
        "across engineering, HR and facilities",
        situation="Two regional health authorities made ISO 27001 certification a condition "
        "for renewing contracts worth a third of revenue.",
        task="Get the company certified before the renewals, as programme lead alongside the "
        "security officer.",
        action="Ran a gap analysis, gave each of the 114 Annex A controls a named owner, held "
        "fortnightly reviews with the 60 control owners and ran two internal audits before "
        "the certification audit.",
        result="The company was certified at the first attempt with two minor findings, and "
        "both contracts were renewed.",
        metrics=(
            "Certified in 9 months",
            "0 major, 2 minor findings",
            "Contracts worth 33% of revenue renewed",
        ),
        evidence=("https://example.com/lumora/iso27001-certificate.pdf",),
    ),
    _Story(
        role="lumora",
        when="2019-10",
        impact=3,
        skills=("Stakeholder Management", "Agile"),
        headline="Lifted internal satisfaction with the platform from 3.1 to 4.3 out of 5 with "
        "quarterly roadmaps agreed with 7 product teams",
        situation="Product teams saw the platform group as a black box that said no and "
        "missed dates.",
        task="Make the platform group's priorities visible and negotiated rather than guessed.",
        action="Started quarterly planning sessions with the seven product leads, published a "
        "one-page roadmap and ran two-week Scrum sprints with open reviews anyone could "
        "attend.",
        result="Satisfaction in the internal developer survey rose from 3.1 to 4.3 out of 5 "
        "within a year.",
        metrics=("Developer satisfaction 3.1 → 4.3 / 5", "7 product teams aligned"),
    ),
    _Story(
        role="lumora",
        when="2019-11",
        impact=5,
        skills=("Cost Optimisation", "Amazon Web Services", "Data Analytics"),
        headline="Cut AWS spend by 32% ($780K a year) through rightsizing, reserved instances "
        "and per-team cost dashboards",
        situation="The AWS bill had grown 70% in a year, faster than consultations, and "
        "finance could not tell which team drove it.",
        task="Bring cloud costs back in line with growth and make teams own their share.",
        action="Tagged every resource by team, built per-team cost dashboards, rightsized 400 "
        "instances and bought reserved capacity for the steady base load.",
        result="Monthly spend fell by 32%, saving $780K a year, and costs tracked consultation "
        "volume from then on.",
        metrics=("AWS spend −32%", "$780K/year saved"),
    ),
    _Story(
        role="lumora",
        when="2020-01",
        impact=3,
        skills=("Mentoring", "People Management"),
        headline="Coached 3 senior engineers into tech-lead roles, 2 of whom were promoted to "
        "staff engineer within 18 months",
        situation="Every technical decision went through the manager, which slowed the group "
        "down and left no successors.",
        task="Grow technical leaders who could own the decisions in their areas.",
        action="Agreed individual development plans, gave each engineer a clear area to lead, "
        "held fortnightly coaching sessions and gradually handed over architecture reviews.",
        result="All three became tech leads, two were promoted to staff engineer within 18 "
        "months, and the group stopped waiting on its manager for decisions.",
        metrics=("3 tech leads developed", "2 promotions"),
    ),
    _Story(
        role="lumora",
        when="2020-02",
        impact=5,
        skills=("CI/CD", "Kubernetes", "Go"),
        headline="Built a self-service deployment platform that lifted deployments from 3 to "
        "40 a day with a change failure rate under 5%",
        situation="After the move to Kubernetes, teams still filed tickets with the platform "
        "group to create services, pipelines and alerts.",
        task="Let product engineers go from idea to production without waiting for the "
        "platform team.",
        action="Led the team that built a service template, GitLab CI pipelines with "
        "automatic canary analysis, and a Go command-line tool that created a service with "
        "its pipeline, dashboards and alerts in one step.",
        result="Deployments rose from 3 to 40 a day, a new service took 20 minutes to set up "
        "instead of two weeks, and the change failure rate stayed under 5%.",
        metrics=("Deploys 3 → 40/day", "Change failure rate < 5%", "New service 2 weeks → 20 min"),
    ),
    _Story(
        role="lumora",
        when="2020-03",
        impact=5,
        skills=("Kubernetes", "Incident Management", "Amazon Web Services", "Observability"),
        headline="Scaled video consultations 6× in 10 days as COVID-19 pushed daily demand "
        "from 4,000 to 24,000",
        situation="In March 2020 demand for video consultations grew six-fold in under two "
        "weeks as clinics closed their doors.",
        task="Keep the service up for patients and clinicians while the load rose every day.",
        action="Ran a daily capacity war room, raised cluster and database limits ahead of "
        "demand, moved video signalling to autoscaling node groups and added load-based "
        "alerts for each region.",
        result="The service handled 24,000 consultations a day at 99.95% availability "
        "through the spring.",
        metrics=("6× capacity in 10 days", "24,000 consultations/day", "99.95% availability"),
        notes="Lead with this story in health-tech interviews.",
    ),
    _Story(
        role="lumora",
        when="2020-06",
        impact=4,
        skills=("Identity & Access Management", "Security & Compliance", "Change Management"),
        headline="Rolled out single sign-on and MFA to 900 staff and 140 applications in 4 "
        "months, halving access tickets",
        situation="Staff had separate passwords for most of 140 applications, and account "
        "resets were the most common service-desk ticket.",
        task="Reduce account risk and friction at once, with most staff newly remote.",
        action="Rolled out Okta department by department, recruited a champion in each team "
        "and paired every enforcement date with a short video and drop-in help hours.",
        result="All 900 staff used SSO with MFA within four months and access-related "
        "tickets fell by 55%.",
        metrics=("140 apps behind SSO", "Access tickets −55%"),
    ),
    _Story(
        role="lumora",
        when="2020-09",
        impact=4,
        skills=("PostgreSQL", "Data Analytics", "SQL", "Python"),
        headline="Delivered an analytics warehouse that gave 25 analysts same-day data instead "
        "of weekly extracts",
        situation="Clinical and product analysts worked from weekly CSV extracts, so "
        "questions about waiting times were answered a week late.",
        task="Give analysts fresh, trustworthy data without exposing patient identities.",
        action="Built a PostgreSQL warehouse fed by Python pipelines that pseudonymised "
        "patient data on the way in, and modelled the ten most-used datasets with the "
        "analysts.",
        result="25 analysts worked from same-day data, and clinic operations used the new "
        "daily reports to cut average waiting time by 18%.",
        metrics=("Data latency 7 days → same day", "25 analysts", "Waiting time −18%"),
    ),
    _Story(
        role="lumora",
        when="2020-11",
        impact=2,
        skills=("Vendor Management", "Observability", "Budgeting"),
        headline="Negotiated a 3-year observability contract that cut per-host monitoring "
        "costs by 38%, saving $210K",
        situation="The monitoring vendor's renewal quote had risen 60% because of "
        "container-based pricing.",
        task="Keep the observability the teams relied on at a sustainable price.",
        action="Ran a competitive evaluation with two other vendors, built a usage model from "
        "a year of data and negotiated a three-year commitment on host-based pricing.",
        result="Per-host costs fell by 38%, saving $210K over the contract with no loss of "
        "features.",
        metrics=("Per-host cost −38%", "$210K saved over 3 years"),
    ),
    _Story(
        role="lumora",
        when="2021-02",
        impact=3,
        skills=("Budgeting", "Stakeholder Management"),
        headline="Managed a SEK 18M platform budget for 3 years, landing within 2% of plan "
        "each year",
        situation="The platform budget covered people, cloud and tooling, and earlier years "
        "had overrun by up to 15%.",
        task="Own the budget and make spending predictable for finance.",
        action="Built a monthly forecast covering cloud, licences and headcount, reviewed it "
        "with the finance partner and moved money between lines early instead of asking for "
        "more at year end.",
        result="Spending landed within 2% of plan in all three years, and finance adopted the "
        "forecast as a template for other departments.",
        metrics=("Within 2% of plan 3 years running", "SEK 18M budget"),
    ),
    _Story(
        role="lumora",
        when="2021-05",
        impact=4,
        skills=("Disaster Recovery", "Kubernetes", "Terraform"),
        headline="Designed multi-region failover for the patient app, cutting the recovery "
        "time objective from 8 hours to 20 minutes",
        situation="The patient app ran in a single AWS region and the recovery plan assumed a "
        "full rebuild taking eight hours.",
        task="Meet the health authorities' new requirement of recovery within one hour.",
        action="Designed an active-passive setup with Kubernetes clusters in two regions "
        "built from the same Terraform code and replicated databases, then ran two "
        "unannounced failover tests.",
        result="Both tests recovered in under 20 minutes and the design passed the "
        "authorities' review.",
        metrics=("RTO 8 h → 20 min", "2 unannounced tests passed"),
    ),
    _Story(
        role="lumora",
        when="2021-07",
        impact=4,
        skills=("Stakeholder Management", "Security & Compliance", "Agile"),
        headline="Cleared NHS data-security assurance in 5 months, letting the patient app "
        "launch in 2 UK regions on schedule",
        situation="The UK business had signed two NHS regions, but launch depended on passing "
        "NHS data-security assurance, which nobody in the product team had done before.",
        task="Take technical ownership of the assurance work alongside the UK product team.",
        action="Mapped the NHS standards to the existing ISO 27001 controls, closed the 23 "
        "gaps in joint sprints with the product team and presented the evidence to the NHS "
        "assurance leads.",
        result="Assurance was granted in five months and the app launched in both regions on "
        "the planned date.",
        metrics=("Launched in 2 NHS regions", "23 gaps closed"),
    ),
    # ------------------------------------------------------------ Halvard Industrial, 2021-
    _Story(
        role="halvard",
        when="2022-01",
        impact=5,
        skills=("Vendor Management", "Budgeting", "Stakeholder Management"),
        headline="Renegotiated the global network and data-centre outsourcing contract, "
        "saving €1.3M a year and adding uptime penalties",
        situation="A seven-year outsourcing contract was up for renewal, its prices were 25% "
        "above market and it had no penalties for missed service levels.",
        task="Get a better contract without a risky change of supplier during the cloud migration.",
        action="Benchmarked prices with an advisory firm, ran a request for proposals with "
        "three suppliers and used the results to renegotiate with the incumbent, adding 99.9% "
        "site-uptime targets backed by service credits.",
        result="The new contract saved €1.3M a year, and the supplier met its uptime targets "
        "in 22 of the first 24 months, paying service credits for the other two.",
        metrics=("€1.3M/year saved", "99.9% uptime with service credits"),
    ),
    _Story(
        role="halvard",
        when="2022-05",
        impact=5,
        skills=(
            "Disaster Recovery",
            "Incident Management",
            "Security & Compliance",
            "Stakeholder Management",
        ),
        headline="Restored production at 2 plants within 36 hours of a ransomware attack, with "
        "no ransom paid and no data lost",
        situation="Ransomware encrypted servers at two plants in Germany and Poland on a "
        "Friday night, stopping lines that supplied three car makers.",
        task="Lead the IT recovery while security investigated and the business kept "
        "customers informed.",
        action="Ran the recovery room around the clock, isolated the plants' networks, rebuilt "
        "servers from offline backups in an order agreed with the plant managers and briefed "
        "the executive team every four hours.",
        result="Both plants were producing again within 36 hours, no ransom was paid and no "
        "data was lost.",
        metrics=("Recovered in 36 h", "No ransom paid", "0 data lost"),
        notes="Details are confidential: talk about the timeline and the decisions, never the "
        "attacker or the customers' names.",
    ),
    _Story(
        role="halvard",
        when="2022-08",
        impact=4,
        skills=("Budgeting", "Stakeholder Management", "Project Management"),
        headline="Secured €4.2M of capital from the executive board with a 3-year IT "
        "operations roadmap and business case",
        situation="IT operations had been funded year by year, so data-centre exits and "
        "hardware renewals were always postponed.",
        task="Win multi-year funding for the changes that would reduce risk and cost.",
        action="Built a three-year roadmap with costed options, risks and savings for each "
        "initiative, and tested it with the CFO and four division heads before taking it to "
        "the board.",
        result="The board approved €4.2M of capital over three years, including the "
        "data-centre exit and the backup replacement.",
        metrics=("€4.2M approved", "Payback in 2.5 years"),
    ),
    _Story(
        role="halvard",
        when="2022-09",
        impact=5,
        skills=("ITIL", "Change Management", "People Management"),
        headline="Merged 3 regional service desks into one ITIL 4 service desk for 6,500 "
        "users, raising first-contact resolution from 52% to 74%",
        situation="Sweden, Germany and Poland each ran their own service desk with different "
        "tools, hours and priorities, and users could not tell where to turn.",
        task="Create one service desk with one catalogue and one set of service levels.",
        action="Designed the target process on ITIL 4 practices, moved all three desks onto "
        "one ServiceNow instance, kept support in local languages and retrained 38 agents.",
        result="Within a year first-contact resolution rose from 52% to 74% and user "
        "satisfaction from 3.4 to 4.3 out of 5.",
        metrics=("First-contact resolution 52% → 74%", "CSAT 3.4 → 4.3 / 5", "3 desks → 1"),
        evidence=("https://example.com/halvard/service-desk-one-year-review",),
    ),
    _Story(
        role="halvard",
        when="2023-03",
        impact=5,
        skills=("Incident Management", "ITIL", "Observability"),
        headline="Cut priority-1 incidents from 11 to 3 a month with major-incident management "
        "and weekly problem reviews across 28 sites",
        situation="Priority-1 incidents stopped production lines about 11 times a month, and "
        "every site handled them its own way.",
        task="Reduce both the number and the impact of the incidents that stopped plants.",
        action="Set up a 24/7 major-incident manager rota, a single bridge and status page, "
        "and weekly problem reviews that tracked root-cause fixes to completion.",
        result="Priority-1 incidents fell from 11 to 3 a month within a year, and plant "
        "downtime per incident fell from 5 hours to 80 minutes.",
        metrics=("P1 incidents 11 → 3/month", "Downtime per P1 5 h → 80 min"),
    ),
    _Story(
        role="halvard",
        when="2023-04",
        impact=4,
        skills=("Hiring", "People Management", "Budgeting"),
        headline="Converted 11 long-term contractor roles into permanent hires in Stockholm and "
        "Kraków, saving €600K a year",
        situation="Eleven key operations roles had been filled by contractors for years, at "
        "twice the cost of employees and with knowledge leaving whenever they did.",
        task="Build a permanent team without a gap in service.",
        action="Opened an operations hub in Kraków with HR, ran structured interviews with the "
        "team leads and overlapped each contractor with their successor for a month.",
        result="Nine engineers and two team leads were hired within ten months, contractor "
        "spending fell by €600K a year and service levels held throughout.",
        metrics=("11 permanent hires", "€600K/year saved"),
    ),
    _Story(
        role="halvard",
        when="2023-05",
        impact=4,
        skills=("Disaster Recovery", "Microsoft Azure", "Vendor Management"),
        headline="Rebuilt backups for 1.2 PB at 28 sites on immutable cloud storage, retiring a "
        "9-year-old tape estate",
        situation="The ransomware attack had shown that some backups were reachable from the "
        "network, and the tape-based system was nine years old.",
        task="Make backups attack-proof and restorable at every site.",
        action="Chose an immutable backup service after a proof of concept with two vendors, "
        "rolled it out site by site and set up quarterly restore tests reported to the risk "
        "committee.",
        result="All 1.2 PB across 28 sites had immutable copies within eight months, and "
        "every quarterly restore test since has passed.",
        metrics=("1.2 PB protected", "28 sites", "100% of restore tests passed"),
    ),
    _Story(
        role="halvard",
        when="2023-10",
        impact=4,
        skills=("Security & Compliance", "Identity & Access Management", "Stakeholder Management"),
        headline="Passed the group's first SOC 2 Type II audit for the connected-pumps service "
        "with 0 exceptions across 61 controls",
        situation="US customers of the new connected-pumps monitoring service required a SOC 2 "
        "Type II report before they would sign.",
        task="Prepare IT operations and the product team for a first audit within a year.",
        action="Mapped the existing ISO 27001 controls to the SOC 2 criteria, automated access "
        "reviews and evidence collection, and ran a three-month readiness assessment before "
        "the six-month observation period.",
        result="The report came back with no exceptions across 61 controls, and sales used it "
        "to close two waiting US deals.",
        metrics=("0 exceptions in 61 controls", "2 US deals unblocked"),
    ),
    _Story(
        role="halvard",
        when="2023-12",
        impact=5,
        skills=("Microsoft Azure", "Terraform", "Project Management", "Budgeting"),
        headline="Moved 220 on-premises servers from 2 ageing data centres to Microsoft Azure "
        "in 14 months, 6% under a €3.1M budget",
        situation="Two company-owned data centres needed new cooling and power within two "
        "years, at a higher cost than moving out.",
        task="Run the data-centre exit without disrupting plants that work around the clock.",
        action="Planned 18 migration waves with the application owners, built the Azure "
        "landing zone in Terraform with the cloud team and timed each cut-over around plant "
        "maintenance stops.",
        result="All 220 servers moved in 14 months, 6% under the €3.1M budget, and both data "
        "centres were closed.",
        metrics=("220 servers migrated", "6% under a €3.1M budget", "2 data centres closed"),
        evidence=("https://example.com/halvard/datacentre-exit-closure-report.pdf",),
    ),
    _Story(
        role="halvard",
        when="2024-01",
        impact=2,
        skills=("Data Analytics", "SQL", "ITIL"),
        headline="Gave 11 country managers weekly SLA reports built from 400,000 service-desk "
        "tickets",
        situation="Service-level figures were compiled by hand each quarter and every country "
        "disputed them.",
        task="Give every country one trusted view of service performance.",
        action="Built a Power BI model on SQL views over three years of ServiceNow data and "
        "agreed the metric definitions with the country managers before publishing.",
        result="Weekly SLA reports replaced the quarterly spreadsheets and the disputes about "
        "the figures stopped.",
        metrics=("400,000 tickets analysed", "Quarterly → weekly reporting"),
    ),
    _Story(
        role="halvard",
        when="2024-02",
        impact=4,
        skills=("Python", "ITIL", "Change Management"),
        headline="Automated 35% of service-desk requests with Python and ServiceNow workflows, "
        "freeing 6 agents for second-line work",
        situation="A third of service-desk tickets were routine requests such as access, "
        "software installs and password resets, all handled by hand.",
        task="Free the agents for work that needed a person.",
        action="Ranked request types by volume, built self-service catalogue items and Python "
        "automations for the top 20, and retrained the agents whose work changed.",
        result="35% of requests were fulfilled without an agent, and six agents moved into "
        "second-line roles instead of being replaced.",
        metrics=("35% of requests automated", "6 agents redeployed"),
        evidence=("https://example.com/halvard/service-desk-automation-summary",),
    ),
    _Story(
        role="halvard",
        when="2024-03",
        impact=4,
        skills=("Cost Optimisation", "Microsoft Azure", "Data Analytics"),
        headline="Launched FinOps showback for 14 business units, reducing Azure spend by 27% "
        "(€820K a year)",
        situation="After the data-centre exit the Azure bill grew 4% a month, and business "
        "units saw it only as one central IT charge.",
        task="Make cloud costs visible to the people who caused them and bring growth under "
        "control.",
        action="Tagged every subscription by business unit, published monthly showback "
        "reports, formed a FinOps working group with finance and ran rightsizing and "
        "reservation reviews every quarter.",
        result="Azure spend fell by 27% within two quarters, saving €820K a year, and stayed "
        "flat while usage grew.",
        metrics=("Azure spend −27%", "€820K/year saved"),
    ),
    _Story(
        role="halvard",
        when="2024-05",
        impact=3,
        skills=("Customer Engagement", "Presales Support", "Security & Compliance"),
        headline="Helped win €5.5M in connected-pumps contracts by leading 4 customers' "
        "security due diligence",
        situation="Industrial customers buying the connected-pumps service asked detailed "
        "questions about how it was operated and secured.",
        task="Give the sales team credible answers from the person who ran the operation.",
        action="Joined customer workshops, answered security questionnaires and walked "
        "customers' IT teams through the monitoring, backup and incident processes.",
        result="Four customers signed contracts worth €5.5M in total, and sales made the "
        "operations walkthrough a standard step.",
        metrics=("€5.5M in contracts", "4 customers won"),
    ),
    _Story(
        role="halvard",
        when="2024-06",
        impact=3,
        skills=("Kubernetes", "CI/CD", "Linux"),
        headline="Shortened MES software rollout at 6 plants from 5 days to 2 hours with a "
        "Kubernetes edge platform",
        situation="Updates to the manufacturing execution system were installed by hand on "
        "each plant's servers and took a week per release.",
        task="Make plant software updates fast and repeatable without depending on the cloud "
        "connection.",
        action="Piloted lightweight Kubernetes clusters on Linux servers at six plants, with "
        "releases shipped through a GitOps pipeline and staged from a test line to "
        "production.",
        result="A release reached all six plants in two hours instead of five days, and a "
        "failed update could be rolled back in minutes.",
        metrics=("Rollout 5 days → 2 h", "6 plants"),
    ),
    _Story(
        role="halvard",
        when="2024-09",
        impact=2,
        skills=("Mentoring", "People Management"),
        headline="Mentored 5 first-time managers through a 6-month leadership programme, all "
        "keeping team engagement above 4.0 out of 5",
        situation="Growth and the Kraków hub created five team-lead roles, filled by engineers "
        "who had never managed people.",
        task="Help the new managers succeed rather than learn by trial and error.",
        action="Designed a six-month programme of monthly workshops and fortnightly "
        "one-to-ones on feedback, hiring and performance conversations.",
        result="All five stayed in role, and their teams' engagement scores stayed above 4.0 "
        "out of 5.",
        metrics=("5 managers developed", "Engagement > 4.0 / 5"),
    ),
    _Story(
        role="halvard",
        when="2024-10",
        impact=4,
        skills=("Disaster Recovery", "Project Management", "Stakeholder Management"),
        headline="Proved a 4-hour recovery time for all 18 critical ERP and MES systems in 2 "
        "full disaster-recovery exercises",
        situation="The auditors noted that recovery plans for the ERP and manufacturing "
        "execution systems had never been tested end to end.",
        task="Show the board and the auditors that critical systems could be recovered within "
        "four hours.",
        action="Planned two weekend exercises with the ERP and plant teams, failed the 18 "
        "systems over to the secondary Azure region and timed every step against the plan.",
        result="All 18 systems were recovered within the four-hour target in the second "
        "exercise, and the audit finding was closed.",
        metrics=("18 systems within a 4 h RTO", "Audit finding closed"),
    ),
    _Story(
        role="halvard",
        when="2024-11",
        impact=4,
        skills=("Observability", "Vendor Management", "Cost Optimisation"),
        headline="Consolidated 14 monitoring tools into one observability platform, cutting "
        "licences by €290K a year and alert noise by 60%",
        situation="Each site and team had chosen its own monitoring, so 14 tools overlapped "
        "and incidents that spanned sites were hard to trace.",
        task="Give operations one view of the estate at a lower cost.",
        action="Chose a single platform after a six-week evaluation with the team leads, "
        "negotiated a group licence and migrated dashboards and alerts in four waves.",
        result="Licence costs fell by €290K a year and alert noise by 60%, and the "
        "major-incident team could trace cross-site issues in one place.",
        metrics=("14 tools → 1", "€290K/year saved", "Alert noise −60%"),
    ),
    _Story(
        role="halvard",
        when="2025-04",
        impact=4,
        skills=("Security & Compliance", "Identity & Access Management", "Project Management"),
        headline="Closed 37 of 42 NIS2 readiness gaps across 28 sites within 9 months",
        situation="The EU NIS2 directive brought the group's plants under stricter "
        "cybersecurity duties, and a readiness assessment found 42 gaps.",
        task="Lead the remediation for IT operations together with the CISO.",
        action="Turned the gaps into a programme with owners and quarterly targets, put "
        "privileged access, supplier security and incident reporting first, and reported "
        "progress to the audit committee.",
        result="37 of the 42 gaps were closed within nine months, and the remaining five were "
        "funded and scheduled.",
        metrics=("37 of 42 gaps closed", "28 sites"),
    ),
    _Story(
        role="halvard",
        when="2025-08",
        impact=3,
        skills=("Project Management", "Vendor Management", "Change Management"),
        headline="Replaced 1,800 laptops before Windows 10 support ended, finishing 2 months "
        "early with 96% user satisfaction",
        situation="1,800 laptops could not run Windows 11, and support for Windows 10 was "
        "ending in October 2025.",
        task="Replace them across 28 sites without disrupting production or overspending.",
        action="Negotiated a leasing deal with two hardware suppliers, set up self-service "
        "booking for swap appointments and automated device set-up with Autopilot.",
        result="All 1,800 laptops were replaced two months before the deadline, and 96% of "
        "users rated the swap good or very good.",
        metrics=("1,800 devices", "2 months early", "96% satisfied"),
    ),
    _Story(
        role="halvard",
        when="2025-11",
        impact=5,
        skills=("Budgeting", "Cost Optimisation", "Stakeholder Management"),
        headline="Cut IT operations run costs by 9% (€1.26M a year) while user satisfaction "
        "rose from 3.6 to 4.2 out of 5",
        situation="The group asked every function to cut run costs for 2025 while the number "
        "of users kept growing.",
        task="Find savings in the €14M operations budget without cutting service.",
        action="Reviewed every contract and licence with the finance partner, removed 2,100 "
        "unused licences, retired 40 legacy applications and put part of the savings into "
        "self-service.",
        result="Run costs fell by 9% (€1.26M a year) and user satisfaction rose from 3.6 to "
        "4.2 out of 5.",
        metrics=("Run cost −9%", "€1.26M/year saved", "CSAT 3.6 → 4.2 / 5"),
        notes="The strongest single number for director-level applications; check the "
        "figure against the 2025 annual report before quoting it.",
    ),
)


def demo_records(today: date | None = None) -> list[Record]:
    """Every record of the demo career, freshly built.

    Ids are new on every call; everything else is the same each time. All dates lie on or
    before `today` (default: the current date) except a certificate's future expiry; for a
    `today` before 2026 the whole career moves back by whole years.
    """
    calendar = _Calendar.seen_from(today or date.today())
    skills = {
        name: Skill(name=name, category=category, aliases=list(aliases), level=level)
        for name, category, aliases, level in _SKILLS
    }
    roles = {
        spec.key: Role(
            employer=spec.employer,
            title=spec.title,
            location=spec.location,
            url=spec.url,
            start=calendar.at(spec.start),
            end=calendar.until(spec.end),
            description=spec.description,
            employer_description=spec.employer_description,
        )
        for spec in _ROLES
    }
    accomplishments = [
        Accomplishment(
            headline=story.headline,
            situation=story.situation,
            task=story.task,
            action=story.action,
            result=story.result,
            metrics=list(story.metrics),
            date=calendar.at(story.when),
            role_id=roles[story.role].id,
            skill_ids=[skills[name].id for name in story.skills],
            impact=story.impact,
            evidence=list(story.evidence),
            notes=story.notes,
        )
        for story in _STORIES
    ]
    return [
        _profile(),
        *roles.values(),
        *skills.values(),
        *accomplishments,
        *_background(calendar),
    ]


def write_demo(repository: Repository, *, today: date | None = None) -> None:
    """Puts the demo records into an (empty) repository in one batch, i.e. one save.

    Raises:
        ValueError: the repository already holds roles or accomplishments; a second career
            mixed into the first would help nobody.

    """
    if repository.count(Role) or repository.count(Accomplishment):
        raise ValueError("the demo career is only written into an empty data folder")
    records = demo_records(today)
    profile = next(r for r in records if isinstance(r, Profile))
    with repository.batch():
        repository.set_profile(profile)
        repository.put_many(r for r in records if not isinstance(r, Profile))


def _profile() -> Profile:
    return Profile(
        name="Dana Lindqvist",
        headline="IT Operations and Platform Engineering Leader",
        email="dana.lindqvist@example.com",
        phone="+46 70 555 01 23",
        url="https://dana-lindqvist.example.com",
        summary=(
            "IT operations and platform engineering leader with more than a decade in "
            "payments, digital health and manufacturing, from hands-on Linux and SRE work to "
            "running a €14M operation for 6,500 users in 11 countries. Makes systems measurably "
            "more reliable and cheaper at the same time: fewer major incidents, faster "
            "recovery, and cloud bills that track the value they deliver. Builds teams that "
            "hire well, write down what they know and keep their promises to the business, "
            "and has led ISO 27001, SOC 2 and PCI DSS audits to successful results."
        ),
        location="Stockholm, Sweden",
        city="Stockholm",
        region="Stockholm County",
        country_code="SE",
        links=[
            Link(
                network="LinkedIn",
                username="dana-lindqvist",
                url="https://linkedin.example.com/in/dana-lindqvist",
            ),
            Link(
                network="GitHub",
                username="dlindqvist",
                url="https://github.example.com/dlindqvist",
            ),
        ],
    )


def _background(calendar: _Calendar) -> list[Record]:
    """Education, certificates, languages and the rest of the record around the roles."""
    return [
        Education(
            institution="KTH Royal Institute of Technology",
            url="https://kth.example.com",
            area="Computer Science",
            study_type="Master of Science",
            start=calendar.at("2010-08"),
            end=calendar.until("2012-06"),
            courses=["Distributed Systems", "Network Security", "Database Technology"],
            location="Stockholm, Sweden",
        ),
        Education(
            institution="Uppsala University",
            url="https://uu.example.com",
            area="Computer Engineering",
            study_type="Bachelor of Science",
            start=calendar.at("2007-08"),
            end=calendar.until("2010-06"),
            courses=["Operating Systems", "Computer Networks", "Algorithms and Data Structures"],
            location="Uppsala, Sweden",
        ),
        Certification(
            name="Certified Kubernetes Administrator (CKA)",
            issuer="The Linux Foundation",
            date=calendar.at("2019-03"),
            expires=calendar.at("2022-03"),
            url="https://example.com/credentials/cka-demo",
            credential_id="CKA-1900-0042-0000",
        ),
        Certification(
            name="ISO/IEC 27001 Lead Implementer",
            issuer="PECB",
            date=calendar.at("2019-04"),
            url="https://example.com/credentials/iso27001-li-demo",
            credential_id="PECB-LI-0000-1234",
        ),
        Certification(
            name="ITIL 4 Foundation",
            issuer="PeopleCert",
            date=calendar.at("2021-11"),
            url="https://example.com/credentials/itil4-demo",
            credential_id="GR671000000DEMO",
        ),
        Certification(
            name="AWS Certified Solutions Architect – Professional",
            issuer="Amazon Web Services",
            date=calendar.at("2023-10"),
            # Lies after `today` for a while: a certificate that is still valid.
            expires=calendar.at("2026-10"),
            url="https://example.com/credentials/aws-sap-demo",
            credential_id="AWS-SAP-0000-DEMO",
        ),
        Language(language="Swedish", fluency="Native speaker"),
        Language(language="English", fluency="Full professional proficiency"),
        Language(language="German", fluency="Limited working proficiency"),
        Award(
            title="CEO Award for Operational Excellence",
            awarder="Halvard Industrial Group",
            date=calendar.at("2022-12"),
            summary="Given to the IT operations team, led by Dana, for restoring two plants "
            "within 36 hours of a ransomware attack.",
        ),
        Publication(
            name="From Pager Fatigue to Error Budgets: Three Years of SRE in Payments",
            publisher="Nordic Infrastructure Summit (conference talk)",
            release_date=calendar.at("2018-03"),
            url="https://example.com/talks/pager-fatigue",
            summary="A 30-minute talk on cutting on-call pages by 84% and agreeing reliability "
            "targets with product teams; about 400 attendees.",
        ),
        Project(
            name="pagerhygiene",
            description="An open-source tool that scores alerting rules by how often they lead "
            "to action, so teams can delete the noise.",
            highlights=[
                "Used by about 30 teams, judged by issue reports and forks",
                "Reads Prometheus and Nagios rules; writes a ranked report",
            ],
            keywords=["Python", "Observability", "on-call"],
            start=calendar.at("2018-01"),
            end=calendar.until("2019-12"),
            url="https://github.example.com/dlindqvist/pagerhygiene",
            roles=["Creator", "Maintainer"],
            type="open source",
        ),
        Volunteer(
            organization="Kodkollektivet Stockholm",
            position="Volunteer mentor",
            url="https://kodkollektivet.example.com",
            start=calendar.at("2019-09"),
            end=calendar.until(None),
            summary="Mentors career changers who are learning operations and cloud engineering.",
            highlights=[
                "Mentored 14 people, 9 of whom now work in IT operations or cloud roles",
                "Runs a yearly mock-interview evening for 40 participants",
            ],
        ),
        Reference(
            name="Available on request",
            reference="References from former managers and peers at Halvard, Lumora and "
            "Kvarnby are available on request.",
        ),
        Interest(name="Sailing", keywords=["Stockholm archipelago", "offshore racing"]),
        Interest(name="Trail running", keywords=["ultramarathons", "orienteering"]),
    ]
