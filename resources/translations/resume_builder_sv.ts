<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AccomplishmentEditor</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="263"/>
        <source>%n accomplishments selected. Delete removes them all; select one to edit it.</source>
        <translation>
            <numerusform>%n prestation markerad. Välj Ta bort för att ta bort den, eller markera en för att redigera den.</numerusform>
            <numerusform>%n prestationer markerade. Välj Ta bort för att ta bort alla, eller markera en för att redigera den.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccomplishmentOwners</name>
    <message>
        <location filename="../../resume_builder/ui/models/accomplishments/owners.py" line="22"/>
        <source>Project: %1</source>
        <extracomment>the store&apos;s kinds an accomplishment can belong to (a change to one relabels its rows)</extracomment>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/accomplishments/owners.py" line="24"/>
        <source>Volunteering: %1</source>
        <translation>Ideellt arbete: %1</translation>
    </message>
</context>
<context>
    <name>AccomplishmentTableModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/accomplishments/table.py" line="172"/>
        <source>Headline</source>
        <extracomment>record ids in row order (replaced, never mutated, by a re-sort) record id -&gt; RowInfo, for every row, rebuilt as soon as anything it shows changes role id -&gt; the role (None when gone) and its label, looked up once per reload</extracomment>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/accomplishments/table.py" line="173"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/accomplishments/table.py" line="174"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/accomplishments/table.py" line="175"/>
        <source>Skills</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/accomplishments/table.py" line="176"/>
        <source>Impact</source>
        <translation>Genomslag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/accomplishments/table.py" line="178"/>
        <source>(no headline yet)</source>
        <translation>(ingen rubrik än)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/accomplishments/table.py" line="200"/>
        <source>How much the result mattered, from 1 to 5</source>
        <translation>Hur mycket resultatet betydde, från 1 till 5</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/accomplishments/table.py" line="253"/>
        <source>Impact %1 of %2</source>
        <translation>Genomslag %1 av %2</translation>
    </message>
</context>
<context>
    <name>AccomplishmentsView</name>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/__init__.py" line="113"/>
        <location filename="../../resume_builder/ui/views/accomplishments/__init__.py" line="135"/>
        <location filename="../../resume_builder/ui/views/registry.py" line="48"/>
        <source>Accomplishments</source>
        <translation>Prestationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="108"/>
        <source>Filter (Ctrl+F)…</source>
        <translation>Filtrera (Ctrl+F)…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="112"/>
        <source>Filter accomplishments</source>
        <translation>Filtrera prestationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="115"/>
        <source>Shows accomplishments containing every word, in any field</source>
        <translation>Visar prestationer som innehåller alla orden, i vilket fält som helst</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="129"/>
        <source>Filter by role</source>
        <translation>Filtrera efter roll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="144"/>
        <source>From (2019)</source>
        <translation>Från (2019)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="147"/>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="151"/>
        <source>To (2021-06)</source>
        <translation>Till (2021-06)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="154"/>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="196"/>
        <source>A year, a month (2019-05) or a day (2019-05-14)</source>
        <translation>Ett år, en månad (2019-05) eller en dag (2019-05-14)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="164"/>
        <source>Minimum impact</source>
        <translation>Minsta genomslag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="167"/>
        <source>Any impact</source>
        <translation>Oavsett genomslag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="171"/>
        <source>Impact ≥ %1</source>
        <translation>Genomslag ≥ %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="180"/>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="183"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="191"/>
        <source>Accomplishments shown</source>
        <translation>Visade prestationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/__init__.py" line="172"/>
        <source>No accomplishments yet. Press Ctrl+N to capture one in a line, or Add to write one with its full story.</source>
        <translation>Inga prestationer än. Tryck på Ctrl+N för att anteckna en på en rad, eller på Lägg till för att skriva en med hela berättelsen.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="118"/>
        <source>Open &amp;Link</source>
        <translation>Öppna &amp;länk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="121"/>
        <source>Open evidence link</source>
        <translation>Öppna länk till belägg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="124"/>
        <source>Opens the link on the evidence line with the cursor, or the first one</source>
        <translation>Öppnar länken på den beläggrad där markören står, annars den första</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="143"/>
        <source>S&amp;kills</source>
        <translation>&amp;Kompetenser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="159"/>
        <source>&amp;Headline</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="161"/>
        <source>The résumé bullet: what you did and what changed, with a number</source>
        <translation>CV-punkten: vad du gjorde och vad som förändrades, med en siffra</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="185"/>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="187"/>
        <source>Where things stood, and why</source>
        <translation>Hur läget var, och varför</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="191"/>
        <source>&amp;Task</source>
        <translation>&amp;Uppgift</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="193"/>
        <source>What you had to achieve</source>
        <translation>Vad du skulle uppnå</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="197"/>
        <source>&amp;Action</source>
        <translation>&amp;Handling</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="199"/>
        <source>What you did, step by step</source>
        <translation>Vad du gjorde, steg för steg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="203"/>
        <source>&amp;Result</source>
        <translation>R&amp;esultat</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="205"/>
        <source>What changed, and for whom</source>
        <translation>Vad som förändrades, och för vem</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="209"/>
        <source>&amp;Metrics</source>
        <translation>&amp;Mätvärden</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="211"/>
        <source>One per line, e.g. 32% faster releases</source>
        <translation>Ett per rad, t.ex. 32 % snabbare releaser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="172"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="168"/>
        <source>R&amp;ole</source>
        <translation>R&amp;oll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="175"/>
        <source>Im&amp;pact</source>
        <translation>&amp;Genomslag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="179"/>
        <source>How much it mattered: 1 small, 5 career-defining</source>
        <translation>Hur mycket det betydde: 1 litet, 5 karriärdefinierande</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="217"/>
        <source>&amp;Evidence</source>
        <translation>&amp;Belägg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="219"/>
        <source>Links or file paths that prove it, one per line</source>
        <translation>Länkar eller filsökvägar som styrker det, en per rad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="225"/>
        <source>&amp;Notes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="227"/>
        <source>Anything else, just for you</source>
        <translation>Allt annat, bara för dig</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="234"/>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="213"/>
        <source>No role</source>
        <translation>Ingen roll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="210"/>
        <source>All roles</source>
        <translation>Alla roller</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/__init__.py" line="196"/>
        <source>Add Accomplishment</source>
        <translation>Lägg till prestation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/__init__.py" line="231"/>
        <source>Delete Accomplishment</source>
        <translation>Ta bort prestation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/accomplishments/__init__.py" line="233"/>
        <source>Delete %n Accomplishments</source>
        <translation>
            <numerusform>Ta bort %n prestation</numerusform>
            <numerusform>Ta bort %n prestationer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="268"/>
        <source>Select an accomplishment to see and edit its story, or press Add to write a new one.</source>
        <translation>Markera en prestation för att se och redigera dess berättelse, eller tryck på Lägg till för att skriva en ny.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="287"/>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/action_items.py" line="39"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/action_items.py" line="40"/>
        <source>Due</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/action_items.py" line="41"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/action_items.py" line="42"/>
        <source>Proof</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/action_items.py" line="110"/>
        <source>(no text yet)</source>
        <translation>(ingen text än)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/action_items.py" line="116"/>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/action_items.py" line="118"/>
        <source>not done</source>
        <translation>inte klar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/action_items.py" line="132"/>
        <source>Done on %s</source>
        <translation>Klar %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/action_items.py" line="136"/>
        <source>Overdue: its due date has passed</source>
        <translation>Försenad: datumet den skulle vara klar har passerat</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="92"/>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="101"/>
        <source>Action items</source>
        <extracomment>the number of items shown changed</extracomment>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="115"/>
        <source>Add &amp;action</source>
        <translation>Lägg till &amp;åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="118"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="120"/>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="122"/>
        <source>Remo&amp;ve</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="124"/>
        <source>Remove the action</source>
        <translation>Ta bort åtgärden</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="134"/>
        <source>Ac&amp;tion</source>
        <translation>Å&amp;tgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="135"/>
        <source>Lead the Q3 cost review and present it to the board</source>
        <translation>Led kostnadsgenomgången för Q3 och presentera den för styrelsen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="137"/>
        <source>Due &amp;by</source>
        <translation>Klar &amp;senast</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="142"/>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="213"/>
        <source>&amp;Mark done</source>
        <translation>&amp;Markera som klar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="145"/>
        <source>&amp;Link proof…</source>
        <translation>&amp;Länka bevis…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="147"/>
        <source>Choose the accomplishments that show it was done</source>
        <translation>Välj de prestationer som visar att den blev gjord</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="158"/>
        <source>Proof:</source>
        <translation>Bevis:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="213"/>
        <source>Mark &amp;open</source>
        <translation>Markera som &amp;öppen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="216"/>
        <source>None linked yet</source>
        <translation>Inga länkade än</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="230"/>
        <source>Add Action Item</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="241"/>
        <source>Remove Action Item</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="253"/>
        <source>Move Action Item</source>
        <translation>Flytta åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="264"/>
        <source>Mark Action Done</source>
        <translation>Markera åtgärd som klar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="264"/>
        <source>Mark Action Open</source>
        <translation>Markera åtgärd som öppen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="291"/>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="319"/>
        <source>Link Proof</source>
        <translation>Länka bevis</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="292"/>
        <source>Tick the accomplishments that show this action was done. Over-deliver: a result with a number speaks loudest.</source>
        <translation>Kryssa för de prestationer som visar att åtgärden blev gjord. Leverera mer än väntat: ett resultat med en siffra talar tydligast.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="298"/>
        <source>Accomplishment</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/action_items.py" line="299"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ApplicationFilterBar</name>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="32"/>
        <source>Filter applications (Ctrl+F)</source>
        <translation>Filtrera ansökningar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="33"/>
        <source>Filter applications by words</source>
        <translation>Filtrera ansökningar efter ord</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="36"/>
        <source>Shows the applications whose name, title, organisation, next step or notes hold every word typed</source>
        <translation>Visar de ansökningar vars namn, titel, organisation, nästa steg eller anteckningar innehåller alla ord du skriver</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="43"/>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="49"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="50"/>
        <source>Filter by organisation</source>
        <translation>Filtrera efter organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="53"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="54"/>
        <source>Any kind</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="57"/>
        <source>Stale &amp;only</source>
        <translation>Bara &amp;stillastående</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="59"/>
        <source>Shows only open applications that have gone quiet</source>
        <translation>Visar bara öppna ansökningar som har stått still</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="64"/>
        <source>Stale after this many days without a change</source>
        <translation>Stillastående efter så här många dagar utan ändring</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="66"/>
        <source>Open applications with no change or meeting for longer than this stand out</source>
        <translation>Öppna ansökningar utan ändring eller möte längre än så här framhävs</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="69"/>
        <source>Stale &amp;after</source>
        <translation>Stillastående &amp;efter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/applications/filters.py" line="109"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationKind</name>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="64"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="65"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="49"/>
        <source>Interested</source>
        <extracomment>the keys that move a selected card to the next / previous status column what a dragged card carries: the target ids, one per line a stale card or row: amber, see-through, readable on light and dark palettes (the tooltip says it in words too, never colour alone)</extracomment>
        <translation>Intresserad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="50"/>
        <source>Applied</source>
        <translation>Sökt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="51"/>
        <source>Screening</source>
        <translation>Urval</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="52"/>
        <source>Interviewing</source>
        <translation>Intervjuer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="53"/>
        <source>Offer</source>
        <translation>Erbjudande</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="54"/>
        <source>Accepted</source>
        <translation>Accepterad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="55"/>
        <source>Rejected</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="56"/>
        <source>Withdrawn</source>
        <translation>Återtagen</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="142"/>
        <source>Application</source>
        <extracomment>a card&apos;s first line: the target&apos;s own name, or its title (the company has a line of its own, so &quot;Title — Company&quot; would say it twice) len(Column), which an IntEnum works out on every call what a filter compares, worked out once (services.applications.prepare) the column and order the rows are kept in (None: the store&apos;s order)</extracomment>
        <translation>Ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="143"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="145"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="146"/>
        <source>Last activity</source>
        <translation>Senaste aktivitet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="147"/>
        <source>Days quiet</source>
        <translation>Dagar stilla</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="148"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/applications.py" line="149"/>
        <source>Next step date</source>
        <translation>Stegets datum</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/models/applications.py" line="288"/>
        <source>No change for %n day(s)</source>
        <translation>
            <numerusform>Ingen ändring på %n dag</numerusform>
            <numerusform>Ingen ändring på %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsTable</name>
    <message>
        <location filename="../../resume_builder/ui/views/applications/table.py" line="61"/>
        <source>Applications</source>
        <translation>Ansökningar</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <location filename="../../resume_builder/ui/views/applications/__init__.py" line="56"/>
        <source>&amp;Board</source>
        <translation>&amp;Tavla</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/__init__.py" line="57"/>
        <source>T&amp;able</source>
        <translation>Ta&amp;bell</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/__init__.py" line="61"/>
        <source>No applications yet. Every target you keep is an application: add one on the Targets page, then follow it here from interested to offer.</source>
        <translation>Inga ansökningar än. Lägg till en ansökan på sidan Ansökningar och följ den sedan här, från intresse till erbjudande.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/__init__.py" line="68"/>
        <source>Go to &amp;Targets</source>
        <translation>Gå till &amp;Ansökningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/__init__.py" line="121"/>
        <source>Move “%1” to %2</source>
        <translation>Flytta ”%1” till %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/applications/__init__.py" line="123"/>
        <source>Move %n Application(s) to %1</source>
        <translation>
            <numerusform>Flytta %n ansökan till %1</numerusform>
            <numerusform>Flytta %n ansökningar till %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/__init__.py" line="132"/>
        <source>Cannot Move Application</source>
        <translation>Ansökan kan inte flyttas</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/__init__.py" line="148"/>
        <location filename="../../resume_builder/ui/views/registry.py" line="96"/>
        <source>Applications</source>
        <translation>Ansökningsläge</translation>
    </message>
</context>
<context>
    <name>BackgroundView</name>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="73"/>
        <source>Background sections</source>
        <translation>Bakgrundsavsnitt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="109"/>
        <source>&amp;Web address</source>
        <translation>&amp;Webbadress</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="113"/>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="116"/>
        <source>Institution</source>
        <translation>Lärosäte</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="117"/>
        <source>Area</source>
        <translation>Inriktning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="118"/>
        <location filename="../../resume_builder/ui/views/background.py" line="250"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="119"/>
        <location filename="../../resume_builder/ui/views/background.py" line="251"/>
        <location filename="../../resume_builder/ui/views/background.py" line="282"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="122"/>
        <source>&amp;Institution</source>
        <translation>&amp;Lärosäte</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="123"/>
        <source>&amp;Area</source>
        <translation>&amp;Inriktning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="123"/>
        <source>Computer Science</source>
        <translation>Datavetenskap</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="125"/>
        <source>&amp;Type of study</source>
        <translation>&amp;Utbildningstyp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="125"/>
        <source>Bachelor</source>
        <translation>Kandidatexamen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="127"/>
        <location filename="../../resume_builder/ui/views/background.py" line="259"/>
        <location filename="../../resume_builder/ui/views/background.py" line="287"/>
        <source>&amp;Start</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="128"/>
        <location filename="../../resume_builder/ui/views/background.py" line="260"/>
        <location filename="../../resume_builder/ui/views/background.py" line="288"/>
        <source>E&amp;nd</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="129"/>
        <source>S&amp;core</source>
        <translation>&amp;Betyg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="129"/>
        <source>GPA 3.8</source>
        <translation>Medelbetyg 4,2</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="130"/>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="133"/>
        <source>C&amp;ourses</source>
        <translation>&amp;Kurser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="133"/>
        <location filename="../../resume_builder/ui/views/background.py" line="315"/>
        <source>One per line</source>
        <translation>En per rad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="137"/>
        <source>education entries</source>
        <translation>utbildningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="138"/>
        <source>Add Education</source>
        <translation>Lägg till utbildning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="139"/>
        <source>Delete %n Education Entr(y/ies)</source>
        <translation>
            <numerusform>Ta bort %n utbildning</numerusform>
            <numerusform>Ta bort %n utbildningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="140"/>
        <source>No education yet. Degrees and courses of study go here.</source>
        <translation>Ingen utbildning än. Här samlar du examina och studier.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="141"/>
        <source>Select an education entry to edit it.</source>
        <translation>Markera en utbildning för att redigera den.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="147"/>
        <source>Certifications</source>
        <translation>Certifieringar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="150"/>
        <location filename="../../resume_builder/ui/views/background.py" line="201"/>
        <location filename="../../resume_builder/ui/views/background.py" line="248"/>
        <location filename="../../resume_builder/ui/views/background.py" line="306"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="151"/>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="152"/>
        <location filename="../../resume_builder/ui/views/background.py" line="179"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="153"/>
        <source>Expires</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="156"/>
        <location filename="../../resume_builder/ui/views/background.py" line="206"/>
        <location filename="../../resume_builder/ui/views/background.py" line="254"/>
        <location filename="../../resume_builder/ui/views/background.py" line="310"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="157"/>
        <source>&amp;Issuer</source>
        <translation>&amp;Utfärdare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="158"/>
        <location filename="../../resume_builder/ui/views/background.py" line="184"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="159"/>
        <source>E&amp;xpires</source>
        <translation>&amp;Giltig till</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="160"/>
        <source>&amp;Credential ID</source>
        <translation>&amp;Certifikat-ID</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="164"/>
        <source>certifications</source>
        <translation>certifieringar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="165"/>
        <source>Add Certification</source>
        <translation>Lägg till certifiering</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="166"/>
        <source>Delete %n Certification(s)</source>
        <translation>
            <numerusform>Ta bort %n certifiering</numerusform>
            <numerusform>Ta bort %n certifieringar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="167"/>
        <source>No certifications yet. Certificates you earned, with their issuers.</source>
        <translation>Inga certifieringar än. Här samlar du certifikat du har tagit, och vem som utfärdade dem.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="168"/>
        <source>Select a certification to edit it.</source>
        <translation>Markera en certifiering för att redigera den.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="174"/>
        <source>Awards</source>
        <translation>Utmärkelser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="177"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="178"/>
        <source>Awarder</source>
        <translation>Utdelad av</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="182"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="183"/>
        <source>&amp;Awarder</source>
        <translation>&amp;Utdelad av</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="185"/>
        <location filename="../../resume_builder/ui/views/background.py" line="210"/>
        <source>&amp;Summary</source>
        <translation>&amp;Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="188"/>
        <source>awards</source>
        <translation>utmärkelser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="189"/>
        <source>Add Award</source>
        <translation>Lägg till utmärkelse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="190"/>
        <source>Delete %n Award(s)</source>
        <translation>
            <numerusform>Ta bort %n utmärkelse</numerusform>
            <numerusform>Ta bort %n utmärkelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="191"/>
        <source>No awards yet. Prizes and recognition you received go here.</source>
        <translation>Inga utmärkelser än. Här samlar du priser och erkännanden du har fått.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="192"/>
        <source>Select an award to edit it.</source>
        <translation>Markera en utmärkelse för att redigera den.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="198"/>
        <source>Publications</source>
        <translation>Publikationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="202"/>
        <source>Publisher</source>
        <translation>Utgivare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="203"/>
        <source>Released</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="207"/>
        <source>&amp;Publisher</source>
        <translation>&amp;Utgivare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="208"/>
        <source>&amp;Released</source>
        <translation>&amp;Publicerad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="213"/>
        <source>publications</source>
        <translation>publikationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="214"/>
        <source>Add Publication</source>
        <translation>Lägg till publikation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="215"/>
        <source>Delete %n Publication(s)</source>
        <translation>
            <numerusform>Ta bort %n publikation</numerusform>
            <numerusform>Ta bort %n publikationer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="216"/>
        <source>No publications yet. Articles, papers and talks go here.</source>
        <translation>Inga publikationer än. Här samlar du artiklar, rapporter och föredrag.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="217"/>
        <source>Select a publication to edit it.</source>
        <translation>Markera en publikation för att redigera den.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="223"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="226"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="227"/>
        <source>Fluency</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="230"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="232"/>
        <source>&amp;Fluency</source>
        <translation>&amp;Nivå</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="232"/>
        <source>Native speaker</source>
        <translation>Modersmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="236"/>
        <source>languages</source>
        <translation>språk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="237"/>
        <source>Add Language</source>
        <translation>Lägg till språk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="238"/>
        <source>Delete %n Language(s)</source>
        <translation>
            <numerusform>Ta bort %n språk</numerusform>
            <numerusform>Ta bort %n språk</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="239"/>
        <source>No languages yet. The languages you speak, and how well.</source>
        <translation>Inga språk än. Här anger du vilka språk du talar, och hur väl.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="240"/>
        <source>Select a language to edit it.</source>
        <translation>Markera ett språk för att redigera det.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="245"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="249"/>
        <source>Entity</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="256"/>
        <source>&amp;Entity</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="256"/>
        <source>Company or organisation</source>
        <translation>Företag eller organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="258"/>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="258"/>
        <source>Application, talk…</source>
        <translation>Applikation, föredrag…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="261"/>
        <source>&amp;Description</source>
        <translation>&amp;Beskrivning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="262"/>
        <location filename="../../resume_builder/ui/views/background.py" line="313"/>
        <source>&amp;Keywords</source>
        <translation>Nyc&amp;kelord</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="263"/>
        <source>&amp;Roles</source>
        <translation>&amp;Roller</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="267"/>
        <source>projects</source>
        <translation>projekt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="268"/>
        <source>Add Project</source>
        <translation>Lägg till projekt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="269"/>
        <source>Delete %n Project(s)</source>
        <translation>
            <numerusform>Ta bort %n projekt</numerusform>
            <numerusform>Ta bort %n projekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="270"/>
        <source>No projects yet. Side projects and notable work outside a role.</source>
        <translation>Inga projekt än. Här samlar du sidoprojekt och betydande arbete utanför en roll.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="271"/>
        <source>Select a project to edit it.</source>
        <translation>Markera ett projekt för att redigera det.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="277"/>
        <source>Volunteer</source>
        <translation>Ideellt arbete</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="280"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="281"/>
        <source>Position</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="285"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="286"/>
        <source>&amp;Position</source>
        <translation>&amp;Befattning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="289"/>
        <source>S&amp;ummary</source>
        <translation>Sa&amp;mmanfattning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="293"/>
        <source>volunteer positions</source>
        <translation>ideella uppdrag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="294"/>
        <source>Add Volunteer Work</source>
        <translation>Lägg till ideellt arbete</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="295"/>
        <source>Delete %n Volunteer Position(s)</source>
        <translation>
            <numerusform>Ta bort %n ideellt uppdrag</numerusform>
            <numerusform>Ta bort %n ideella uppdrag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="296"/>
        <source>No volunteer work yet. Unpaid roles that show what you can do.</source>
        <translation>Inget ideellt arbete än. Här samlar du obetalda uppdrag som visar vad du kan.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="297"/>
        <source>Select a volunteer position to edit it.</source>
        <translation>Markera ett ideellt uppdrag för att redigera det.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="303"/>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="307"/>
        <source>Keywords</source>
        <translation>Nyckelord</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="319"/>
        <source>interests</source>
        <translation>intressen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="320"/>
        <source>Add Interest</source>
        <translation>Lägg till intresse</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/background.py" line="321"/>
        <source>Delete %n Interest(s)</source>
        <translation>
            <numerusform>Ta bort %n intresse</numerusform>
            <numerusform>Ta bort %n intressen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="323"/>
        <source>No interests yet. Interests can start a conversation in an interview.</source>
        <translation>Inga intressen än. Intressen kan bli en bra samtalsöppnare på en intervju.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="325"/>
        <source>Select an interest to edit it.</source>
        <translation>Markera ett intresse för att redigera det.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/background.py" line="332"/>
        <location filename="../../resume_builder/ui/views/registry.py" line="72"/>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="357"/>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="362"/>
        <source>Resume Builder keeps a backup every day and before every import, restore and upgrade. Restoring one first backs up the current database.</source>
        <translation>Resume Builder sparar en säkerhetskopia varje dag och före varje import, återställning och uppgradering. När du återställer en säkerhetskopieras den nuvarande databasen först.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="377"/>
        <source>Taken</source>
        <translation>Tagen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="377"/>
        <source>Reason</source>
        <translation>Anledning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="377"/>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="377"/>
        <source>Integrity</source>
        <translation>Skick</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="369"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="370"/>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="371"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="372"/>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="373"/>
        <source>By hand</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="379"/>
        <source>Damaged: %s</source>
        <translation>Skadad: %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="379"/>
        <source>Good</source>
        <translation>Hel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="393"/>
        <source>There are no automatic backups yet.</source>
        <translation>Det finns inga automatiska säkerhetskopior än.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="397"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="399"/>
        <source>Restore from &amp;File…</source>
        <translation>Återställ från &amp;fil…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="432"/>
        <source>Restore from File</source>
        <translation>Återställ från fil</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="434"/>
        <source>Backups (*.zip *.json);;All files (*)</source>
        <translation>Säkerhetskopior (*.zip *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="442"/>
        <source>Restore Backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="444"/>
        <source>Replace the current career record with %s? The current database is backed up first, and the window reloads.</source>
        <translation>Ersätta den nuvarande karriärdatabasen med %s? Den nuvarande databasen säkerhetskopieras först, och fönstret laddas om.</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../resume_builder/ui/views/applications/board.py" line="271"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>BrokenTemplatesNote</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/widgets/broken_templates.py" line="55"/>
        <source>%n template file(s) could not be used:</source>
        <translation>
            <numerusform>%n mallfil kunde inte användas:</numerusform>
            <numerusform>%n mallfiler kunde inte användas:</numerusform>
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
            <numerusform>%n dag stilla</numerusform>
            <numerusform>%n dagar stilla</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/board.py" line="66"/>
        <source>Next: %1</source>
        <translation>Nästa: %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/board.py" line="66"/>
        <source>No next step</source>
        <translation>Inget nästa steg</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <location filename="../../resume_builder/ui/views/applications/board.py" line="171"/>
        <source>Drag a card to another column, or press %1 / %2 to move it one column on</source>
        <extracomment>target id, +1 (next column) or -1 (previous) target id, status</extracomment>
        <translation>Dra ett kort till en annan kolumn, eller tryck på %1 / %2 för att flytta det en kolumn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/board.py" line="210"/>
        <source>&amp;Open in Targets</source>
        <translation>&amp;Öppna i Ansökningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/board.py" line="215"/>
        <source>Move to &amp;Next Column</source>
        <translation>Flytta till &amp;nästa kolumn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/board.py" line="216"/>
        <source>Move to &amp;Previous Column</source>
        <translation>Flytta till &amp;föregående kolumn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/applications/board.py" line="222"/>
        <source>&amp;Move to</source>
        <translation>Flytta &amp;till</translation>
    </message>
</context>
<context>
    <name>CheckListDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/pickers.py" line="60"/>
        <source>Filter…</source>
        <extracomment>the size the dialog opens at, where the screen has the room</extracomment>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/pickers.py" line="62"/>
        <source>Filter</source>
        <translation>Filtrera</translation>
    </message>
</context>
<context>
    <name>ConversationExports</name>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="48"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="49"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="50"/>
        <source>Plain text</source>
        <translation>Oformaterad text</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="104"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="118"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="135"/>
        <source>&amp;Format:</source>
        <extracomment>the last export&apos;s result, for whoever wants to read it back</extracomment>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="138"/>
        <source>&amp;Template:</source>
        <translation>Ma&amp;ll:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="141"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="146"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="190"/>
        <source>Export To</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="202"/>
        <source>Choose the file to write first.</source>
        <translation>Välj först vilken fil som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="216"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="236"/>
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="243"/>
        <source>Could not export: %1</source>
        <translation>Det gick inte att exportera: %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="266"/>
        <source>Meeting Brief</source>
        <translation>Mötesunderlag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="272"/>
        <source>No meetings yet</source>
        <translation>Inga möten än</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="274"/>
        <source>None: a brief for the target alone</source>
        <translation>Inget: ett underlag bara för ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="276"/>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="287"/>
        <source>The meeting&apos;s own, if any</source>
        <translation>Mötets egen, om den finns</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="289"/>
        <source>No targets yet</source>
        <translation>Inga ansökningar än</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="416"/>
        <source>&amp;Copy update note</source>
        <translation>&amp;Kopiera lägesuppdateringen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="282"/>
        <source>(untitled meeting)</source>
        <translation>(möte utan rubrik)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="299"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="302"/>
        <source>T&amp;arget:</source>
        <translation>&amp;Ansökan:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="324"/>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="345"/>
        <source>Choose a meeting or a target for the brief.</source>
        <translation>Välj ett möte eller en ansökan för underlaget.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="325"/>
        <source>There is nothing to make a brief for yet: add a meeting on the Meetings page, or a target on the Targets page.</source>
        <translation>Det finns inget att göra ett underlag för än: lägg till ett möte på sidan Möten eller en ansökan på sidan Ansökningar.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="370"/>
        <source>Progress Pack</source>
        <translation>Lägesrapport</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="373"/>
        <source>This quarter</source>
        <translation>Det här kvartalet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="376"/>
        <source>Since the last career conversation</source>
        <translation>Sedan det senaste karriärsamtalet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="380"/>
        <source>Chosen dates</source>
        <translation>Valda datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="393"/>
        <source>By agreed action</source>
        <translation>Per överenskommen åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="396"/>
        <source>By skill</source>
        <translation>Per kompetens</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="398"/>
        <source>By role</source>
        <translation>Per roll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="400"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="404"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="409"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppera:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="419"/>
        <source>Put the update note on the clipboard, to paste into an e-mail</source>
        <translation>Lägg lägesuppdateringen i urklipp, för att klistra in i ett e-postmeddelande</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="428"/>
        <source>Update note for the period:</source>
        <translation>Lägesuppdatering för perioden:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="494"/>
        <source>Nothing to report for this period: no accomplishment falls in it and no action was agreed with your manager. Choose other dates, or add results first.</source>
        <translation>Inget att rapportera för perioden: inget resultat ligger i den och ingen åtgärd har kommits överens om med din chef. Välj andra datum eller lägg till resultat först.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="512"/>
        <source>The update note is on the clipboard.</source>
        <translation>Lägesuppdateringen finns i urklipp.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../resume_builder/ui/crash.py" line="59"/>
        <source>Something Went Wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/crash.py" line="63"/>
        <source>Sorry, Resume Builder ran into a problem it did not expect. You can go on working; if it happens again, copy this report into your message with what you were doing.</source>
        <translation>Förlåt, Resume Builder stötte på ett problem som inte var väntat. Du kan fortsätta arbeta; händer det igen, kopiera den här rapporten till ditt meddelande tillsammans med vad du gjorde.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/crash.py" line="72"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/crash.py" line="74"/>
        <source>&amp;Copy Report</source>
        <translation>&amp;Kopiera rapporten</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/crash.py" line="77"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/crash.py" line="91"/>
        <source>Copied to the clipboard.</source>
        <translation>Kopierad till urklipp.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../resume_builder/ui/crash.py" line="180"/>
        <source>Your latest changes could not be saved: %1</source>
        <extracomment>a dialog was shown (tests wait for it)</extracomment>
        <translation>Dina senaste ändringar kunde inte sparas: %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/crash.py" line="182"/>
        <source>Your work is saved.</source>
        <translation>Ditt arbete är sparat.</translation>
    </message>
</context>
<context>
    <name>DueIndicator</name>
    <message>
        <location filename="../../resume_builder/ui/widgets/due_indicator.py" line="69"/>
        <source>Nothing due</source>
        <translation>Inget att göra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/widgets/due_indicator.py" line="71"/>
        <source>Nothing is due in the next %n day(s)</source>
        <translation>
            <numerusform>Inget förfaller inom %n dag</numerusform>
            <numerusform>Inget förfaller inom %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/widgets/due_indicator.py" line="73"/>
        <source>%n due</source>
        <translation>
            <numerusform>%n att göra</numerusform>
            <numerusform>%n att göra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/widgets/due_indicator.py" line="75"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/widgets/due_indicator.py" line="79"/>
        <source>Due in the next %n day(s), or overdue: click to see what</source>
        <translation>
            <numerusform>Förfaller inom %n dag eller är försenat: klicka för att se vad</numerusform>
            <numerusform>Förfaller inom %n dagar eller är försenat: klicka för att se vad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueKind</name>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="73"/>
        <source>Follow-up</source>
        <extracomment>an overdue row: red, see-through, readable on light and dark palettes (the When column says it in words too, never colour alone) how long after a change of the records the list is worked out again: typing in an editor changes a record per keystroke, and one list a moment later serves them all the kinds of record whose changes can change what is due (milestones count roles, accomplishments, people, meetings and targets); a skill or a course cannot the icon of each kind of entry (resources/icons)</extracomment>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="74"/>
        <source>Action item</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="75"/>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="76"/>
        <source>Milestone</source>
        <translation>Delmål</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="227"/>
        <source>Due</source>
        <extracomment>&quot;meeting&quot;, &quot;action_item&quot;, &quot;target&quot; or &quot;milestone&quot;: the record an entry opens &quot;follow_up&quot;, &quot;action&quot;, &quot;next_step&quot; or &quot;milestone&quot; one line for a narrow list: &quot;in 3 days · Call Jonas&quot; the list was worked out again (its counts may have changed)</extracomment>
        <translation>Förfaller</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="228"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="229"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="230"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="231"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <location filename="../../resume_builder/ui/views/due.py" line="89"/>
        <source>Filter what is due (Ctrl+F)</source>
        <extracomment>the choices of the Show box, in days ahead; 0 is everything with a date</extracomment>
        <translation>Filtrera det som förfaller (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/due.py" line="90"/>
        <source>Filter what is due by words</source>
        <translation>Filtrera det som förfaller efter ord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/due.py" line="94"/>
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Inom %n dag</numerusform>
            <numerusform>Inom %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/due.py" line="94"/>
        <source>Everything dated</source>
        <translation>Allt med datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/due.py" line="97"/>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/due.py" line="117"/>
        <source>What&apos;s due</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/due.py" line="199"/>
        <location filename="../../resume_builder/ui/views/registry.py" line="114"/>
        <source>What&apos;s Due</source>
        <translation>Att göra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/due.py" line="240"/>
        <source>%n due in the next %1 days</source>
        <translation>
            <numerusform>%n förfaller inom %1 dagar</numerusform>
            <numerusform>%n förfaller inom %1 dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/due.py" line="242"/>
        <source>%n dated and open</source>
        <translation>
            <numerusform>%n daterad och öppen</numerusform>
            <numerusform>%n daterade och öppna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/due.py" line="244"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/due.py" line="250"/>
        <source>Nothing due in the next %n day(s).</source>
        <translation>
            <numerusform>Inget förfaller inom %n dag.</numerusform>
            <numerusform>Inget förfaller inom %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/due.py" line="252"/>
        <source>Nothing dated is open.</source>
        <translation>Inget med datum är öppet.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/due.py" line="257"/>
        <source>Meetings&apos; follow-up dates, action items with a due date, the next steps of your applications and the milestones of your plan show up here, overdue ones first.</source>
        <translation>Här visas uppföljningsdatum för möten, åtgärder med förfallodatum, nästa steg i dina ansökningar och delmålen i din plan, de försenade först.</translation>
    </message>
</context>
<context>
    <name>DueWhen</name>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="91"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/due.py" line="93"/>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/models/due.py" line="95"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/models/due.py" line="96"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag för sent</numerusform>
            <numerusform>%n dagar för sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperienceView</name>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="36"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="37"/>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="39"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="43"/>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="45"/>
        <source>Accomplishments</source>
        <translation>Prestationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="52"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="52"/>
        <source>Director of IT Operations</source>
        <translation>IT-driftschef</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="53"/>
        <source>&amp;Employer</source>
        <translation>&amp;Arbetsgivare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="54"/>
        <source>&amp;Location</source>
        <translation>&amp;Plats</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="54"/>
        <source>Stockholm, Sweden</source>
        <translation>Stockholm, Sverige</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="55"/>
        <source>&amp;Start</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="58"/>
        <source>E&amp;nd</source>
        <translation>T&amp;ill</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="60"/>
        <source>A date, or “present” while you still hold the role</source>
        <translation>Ett datum, eller “present” så länge du har kvar rollen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="64"/>
        <source>S&amp;cope</source>
        <translation>&amp;Omfattning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="65"/>
        <source>Team of 40, budget $6M, 3 countries</source>
        <translation>Team på 40 personer, budget 60 Mkr, 3 länder</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="66"/>
        <source>One line on the size of the job: team, budget, reach</source>
        <translation>En rad om tjänstens omfattning: team, budget, räckvidd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="68"/>
        <source>Employer &amp;description</source>
        <translation>&amp;Beskrivning av arbetsgivaren</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="69"/>
        <source>Employer &amp;web site</source>
        <translation>Arbetsgivarens &amp;webbplats</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="72"/>
        <source>roles</source>
        <translation>roller</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="73"/>
        <source>Add Role</source>
        <translation>Lägg till roll</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/experience.py" line="74"/>
        <source>Delete %n Role(s)</source>
        <translation>
            <numerusform>Ta bort %n roll</numerusform>
            <numerusform>Ta bort %n roller</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="76"/>
        <source>No roles yet. Each position you held is a role: your accomplishments belong to roles, and résumés list them newest first.</source>
        <translation>Inga roller än. Varje tjänst du har haft är en roll: dina prestationer hör till roller, och CV:n listar dem med den senaste först.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="79"/>
        <source>Select a role to edit it.</source>
        <translation>Markera en roll för att redigera den.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="93"/>
        <location filename="../../resume_builder/ui/views/experience.py" line="103"/>
        <source>Accomplishments in this role</source>
        <translation>Prestationer i den här rollen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="114"/>
        <source>No accomplishments in this role yet. Record them on the Accomplishments page.</source>
        <translation>Inga prestationer i den här rollen än. Lägg till dem på sidan Prestationer.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="138"/>
        <location filename="../../resume_builder/ui/views/registry.py" line="54"/>
        <source>Experience</source>
        <translation>Erfarenhet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/experience.py" line="96"/>
        <source>(no headline)</source>
        <translation>(ingen rubrik)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/dialog.py" line="75"/>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="116"/>
        <source>Export</source>
        <extracomment>the preview PDF is loaded and shown (also after every re-render) the preview could not be rendered; the reason as shown under the preview an export wrote its file (the path), after the user closed the &quot;done&quot; message an export could not be done; the sentence shown to the user the user cancelled a running export; nothing was written an export wrote its file: the request and the result (before the &quot;done&quot; message)</extracomment>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="74"/>
        <source>Résumé</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="75"/>
        <source>Career Management Document</source>
        <translation>Karriärdokument</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="78"/>
        <source>A résumé is the short, tailored story for one reader; the Career Management Document is your complete private record.</source>
        <extracomment>an option that changes the document changed (the preview is made again) the format changed (the document is the same; only the note beside the preview is not)</extracomment>
        <translation>Ett CV är den korta, skräddarsydda berättelsen för en viss läsare; karriärdokumentet är ditt fullständiga, privata register.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="87"/>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="85"/>
        <source>Cover Letter</source>
        <translation>Personligt brev</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="93"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="94"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="95"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="96"/>
        <source>Plain text</source>
        <translation>Ren text</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="97"/>
        <source>JSON Resume</source>
        <translation>JSON Resume</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="102"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="103"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 tum)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="114"/>
        <source>The language of headings and dates in the document; your own text stays as you wrote it.</source>
        <translation>Språket för rubriker och datum i dokumentet; din egen text står kvar som du skrev den.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="123"/>
        <source>1 page</source>
        <translation>1 sida</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="124"/>
        <source>2 pages</source>
        <translation>2 sidor</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="126"/>
        <source>How long the résumé should be; the preview says what would have to go.</source>
        <translation>Hur långt CV:t ska vara; förhandsvisningen visar vad som i så fall måste strykas.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="45"/>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="65"/>
        <source>Preview</source>
        <extracomment>the colour of a fit report over its page target (the same red the record forms use) how the fit report looks: neutral, content left out to fit, over the page target the fit report&apos;s look (FIT_OK, FIT_ATTENTION, FIT_WARNING) and its full item list</extracomment>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="58"/>
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="61"/>
        <source>Whole page</source>
        <translation>Hel sida</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="63"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="46"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="66"/>
        <source>Choose where to save the document (Ctrl+Return)</source>
        <translation>Välj var dokumentet ska sparas (Ctrl+Retur)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="50"/>
        <source>Cancel Export</source>
        <translation>Avbryt exporten</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="133"/>
        <source>Include e&amp;xpired certifications</source>
        <translation>Ta med &amp;utgångna certifieringar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="137"/>
        <source>A certificate past its expiry date is left out of a résumé unless this is ticked; the Career Management Document always lists it, marked as expired.</source>
        <translation>En certifiering vars giltighetstid har gått ut lämnas utanför CV:t om inte detta är markerat; karriärdokumentet tar alltid med den, markerad som utgången.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="154"/>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="157"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="161"/>
        <source>Page tar&amp;get:</source>
        <translation>S&amp;idmål:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="167"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="170"/>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Pappersstorlek:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="174"/>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="177"/>
        <source>&amp;Template</source>
        <translation>&amp;Mall</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="181"/>
        <source>Look</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="184"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/options.py" line="316"/>
        <source>The template chosen in Preferences, “%1”, cannot be used; starting from “%2”.</source>
        <translation>Mallen som valts i Inställningar, ”%1”, kan inte användas; börjar från ”%2”.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="131"/>
        <source>The preview shows the PDF layout. The Word file has the same content in the same order; Word sets the type itself, so line and page breaks may differ.</source>
        <translation>Förhandsvisningen visar PDF-layouten. Word-filen har samma innehåll i samma ordning, men Word sätter texten själv, så rad- och sidbrytningar kan bli annorlunda.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="136"/>
        <source>The preview shows the PDF layout. The Markdown file has the same content in the same order, without page layout.</source>
        <translation>Förhandsvisningen visar PDF-layouten. Markdown-filen har samma innehåll i samma ordning, utan sidlayout.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="141"/>
        <source>The preview shows the PDF layout. The plain text file has the same content in the same order, without page layout.</source>
        <translation>Förhandsvisningen visar PDF-layouten. Textfilen har samma innehåll i samma ordning, utan sidlayout.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="146"/>
        <source>The preview shows the PDF layout. The JSON Resume file holds the same records as data for other tools and websites.</source>
        <translation>Förhandsvisningen visar PDF-layouten. JSON Resume-filen innehåller samma poster, som data för andra verktyg och webbplatser.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/dialog.py" line="217"/>
        <source>There are no templates to show.</source>
        <extracomment>the templates folder read once: usable styles, and broken files with their reasons the bytes of the PDF on show, for whoever wants to read them back the last preview&apos;s result (pages and fit report) why the chosen document would be a blank page (services.documents.EMPTY_*), or None</extracomment>
        <translation>Det finns inga mallar att visa.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="89"/>
        <source>Updating the preview…</source>
        <translation>Uppdaterar förhandsvisningen…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/dialog.py" line="278"/>
        <source>The preview could not be made: %1</source>
        <translation>Det gick inte att skapa förhandsvisningen: %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/dialog.py" line="357"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporten avbröts; inget sparades.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/dialog.py" line="284"/>
        <location filename="../../resume_builder/ui/views/export_dialog/dialog.py" line="285"/>
        <source>The preview could not be shown.</source>
        <translation>Det gick inte att visa förhandsvisningen.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="181"/>
        <source>To reach the target, leave out:</source>
        <translation>Stryk följande för att nå sidmålet:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="188"/>
        <source>Left out to come closest to the target:</source>
        <translation>Ströks för att komma så nära sidmålet som möjligt:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/preview_panel.py" line="194"/>
        <source>Left out to fit the target:</source>
        <translation>Ströks för att rymmas inom sidmålet:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="105"/>
        <source>“%1” cannot be saved as %2. Choose one of: %3.</source>
        <translation>“%1” kan inte sparas som %2. Välj ett av: %3.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="86"/>
        <source>Career</source>
        <translation>Karriär</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="53"/>
        <source>The Career Management Document has nothing to show yet. Add a role on the Experience page or an accomplishment first.</source>
        <translation>Karriärdokumentet har inget att visa än. Lägg först till en roll på sidan Erfarenhet eller en prestation.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="59"/>
        <source>The cover letter has no text yet. Draft it from its template on the target&apos;s Cover Letter tab, or write it there, first.</source>
        <translation>Det personliga brevet har ingen text än. Skapa först ett utkast från mallen på ansökans flik Personligt brev, eller skriv det där.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/plan.py" line="64"/>
        <source>The résumé has nothing to show yet. Add a role on the Experience page, your education on the Background page or a summary on the Profile page first.</source>
        <translation>CV:t har inget att visa än. Lägg först till en roll på sidan Erfarenhet, din utbildning på sidan Bakgrund eller en sammanfattning på sidan Profil.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="26"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="27"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="28"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="29"/>
        <source>Plain text (*.txt)</source>
        <translation>Ren text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="30"/>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="59"/>
        <source>Export Document</source>
        <translation>Exportera dokument</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="80"/>
        <source>“%1” already exists. Do you want to replace it?</source>
        <translation>“%1” finns redan. Vill du ersätta den?</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="86"/>
        <source>Replace File?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="90"/>
        <source>The file in “%1” will be overwritten by the export.</source>
        <translation>Filen i “%1” skrivs över av exporten.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/file_naming.py" line="95"/>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/dialog.py" line="322"/>
        <source>Starting the export…</source>
        <translation>Startar exporten…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/dialog.py" line="330"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/dialog.py" line="342"/>
        <source>Saved %1</source>
        <translation>Sparade %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="113"/>
        <source>Export Finished</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="114"/>
        <source>The document was saved as “%1”.</source>
        <translation>Dokumentet sparades som “%1”.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="124"/>
        <source>Open File</source>
        <translation>Öppna fil</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="127"/>
        <source>Open Folder</source>
        <translation>Öppna mapp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="138"/>
        <source>The document could not be exported: %1</source>
        <translation>Det gick inte att exportera dokumentet: %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/dialog.py" line="350"/>
        <source>Export failed.</source>
        <translation>Exporten misslyckades.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="148"/>
        <source>Export Failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="96"/>
        <source>Building the document…</source>
        <translation>Bygger dokumentet…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="97"/>
        <source>Typesetting…</source>
        <translation>Sätter texten…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="98"/>
        <source>Checking the page target…</source>
        <translation>Kontrollerar sidmålet…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="99"/>
        <source>Fitting the page target…</source>
        <translation>Anpassar till sidmålet…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="100"/>
        <source>Writing the file…</source>
        <translation>Skriver filen…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/run.py" line="101"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="47"/>
        <source>Navy</source>
        <extracomment>accent colours offered by name, in a calm range that prints well in black and white too</extracomment>
        <translation>Marinblå</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="48"/>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="49"/>
        <source>Teal</source>
        <translation>Blågrön</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="50"/>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="51"/>
        <source>Burgundy</source>
        <translation>Vinröd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="52"/>
        <source>Plum</source>
        <translation>Plommon</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="53"/>
        <source>Charcoal</source>
        <translation>Grafitgrå</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="74"/>
        <source>Summary</source>
        <extracomment>the item data of &quot;Other colour…&quot; in the accent list</extracomment>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="75"/>
        <source>Experience</source>
        <translation>Erfarenhet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="76"/>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="77"/>
        <source>Certifications</source>
        <translation>Certifieringar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="78"/>
        <source>Skills</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="79"/>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="80"/>
        <source>Publications</source>
        <translation>Publikationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="81"/>
        <source>Awards</source>
        <translation>Utmärkelser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="82"/>
        <source>Volunteering</source>
        <translation>Ideellt arbete</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="83"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="84"/>
        <source>References</source>
        <translation>Referenser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="85"/>
        <source>Interests</source>
        <translation>Intressen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="105"/>
        <source>As the template has it</source>
        <translation>Som i mallen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="111"/>
        <source>Serif (Noto Serif)</source>
        <translation>Antikva (Noto Serif)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="112"/>
        <source>Sans (Noto Sans)</source>
        <translation>Sanserif (Noto Sans)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="124"/>
        <source>Other colour…</source>
        <translation>Annan färg…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="127"/>
        <source>The colour of your name, the headings and rules.</source>
        <translation>Färgen på ditt namn, rubrikerna och linjerna.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="137"/>
        <source>Narrow (12 mm)</source>
        <translation>Smala (12 mm)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="138"/>
        <source>Wide (25 mm)</source>
        <translation>Breda (25 mm)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="145"/>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="146"/>
        <source>Roomy</source>
        <translation>Luftig</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="150"/>
        <source>Compact fits more on a page; roomy gives the text more air.</source>
        <translation>Kompakt får in mer på en sida; luftig ger texten mer luft.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="156"/>
        <source>&amp;Order of Sections…</source>
        <translation>Avsnittens &amp;ordning…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="163"/>
        <source>Include &amp;photo</source>
        <translation>&amp;Visa foto</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="166"/>
        <source>Many applicant-tracking systems and US employers prefer a résumé without a photo; some European employers expect one.</source>
        <translation>Många rekryteringssystem (ATS) och amerikanska arbetsgivare föredrar ett CV utan foto; en del europeiska arbetsgivare väntar sig ett.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="186"/>
        <source>A&amp;ccent:</source>
        <translation>&amp;Accentfärg:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="185"/>
        <source>Fo&amp;nt:</source>
        <translation>&amp;Typsnitt:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="187"/>
        <source>&amp;Margins:</source>
        <translation>Ma&amp;rginaler:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="188"/>
        <source>Densit&amp;y:</source>
        <translation>Tät&amp;het:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="189"/>
        <source>Sections:</source>
        <translation>Avsnitt:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="190"/>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="266"/>
        <source>Your profile has no photo: choose one on the Profile page first.</source>
        <translation>Din profil har inget foto: välj ett på sidan Profil först.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="270"/>
        <source>Only a résumé shows a photo.</source>
        <translation>Bara ett CV visar foto.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="272"/>
        <source>Show your profile photo at the top right, beside your name, in PDF and Word files (Markdown and text show none).</source>
        <translation>Visa ditt profilfoto uppe till höger, bredvid ditt namn, i PDF- och Word-filer (Markdown och text visar inget).</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="300"/>
        <source>As the template has them.</source>
        <translation>Som i mallen.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="306"/>
        <source>%1 first, then the template&apos;s order.</source>
        <translation>%1 först, sedan mallens ordning.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="336"/>
        <source>Accent Colour</source>
        <translation>Accentfärg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="373"/>
        <source>Order of Sections</source>
        <translation>Avsnittens ordning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="384"/>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="386"/>
        <source>Move &amp;Down</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="389"/>
        <source>&amp;Template&apos;s Order</source>
        <translation>&amp;Mallens ordning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/export_dialog/look.py" line="396"/>
        <source>A section with nothing in it is left out wherever it stands. Drag a section, or move the chosen one with Alt+Up and Alt+Down.</source>
        <translation>Ett avsnitt utan innehåll utelämnas var det än står. Dra ett avsnitt, eller flytta det valda med Alt+Upp och Alt+Ned.</translation>
    </message>
</context>
<context>
    <name>FitWords</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="39"/>
        <source>%n page</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="40"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n sida</numerusform>
            <numerusform>%n sidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="49"/>
        <source>%1, within the %n-page target.</source>
        <translation>
            <numerusform>%1, inom sidmålet på %n sida.</numerusform>
            <numerusform>%1, inom sidmålet på %n sidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="53"/>
        <source>Left out to fit: %n item, “%1”.</source>
        <translation>
            <numerusform>För att få plats ströks %n del: “%1”.</numerusform>
            <numerusform>För att få plats ströks %n delar: “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="55"/>
        <source>Left out to fit: %n items, first “%1”.</source>
        <translation>
            <numerusform>För att få plats ströks %n del, först “%1”.</numerusform>
            <numerusform>För att få plats ströks %n delar, först “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="61"/>
        <source>%1: over the %n-page target even without any optional part.</source>
        <translation>
            <numerusform>%1: över sidmålet på %n sida även utan några valfria delar.</numerusform>
            <numerusform>%1: över sidmålet på %n sidor även utan några valfria delar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="68"/>
        <source>The closest it comes leaves out %n item, “%1”.</source>
        <translation>
            <numerusform>Så nära det går stryks %n del: “%1”.</numerusform>
            <numerusform>Så nära det går stryks %n delar: “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="71"/>
        <source>The closest it comes leaves out %n items, first “%1”.</source>
        <translation>
            <numerusform>Så nära det går stryks %n del, först “%1”.</numerusform>
            <numerusform>Så nära det går stryks %n delar, först “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="77"/>
        <source>To fit, leave out %n item: “%1”.</source>
        <translation>
            <numerusform>Stryk %n del för att få plats: “%1”.</numerusform>
            <numerusform>Stryk %n delar för att få plats: “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="79"/>
        <source>To fit, leave out %n items, starting with “%1”.</source>
        <translation>
            <numerusform>Stryk %n del för att få plats, först “%1”.</numerusform>
            <numerusform>Stryk %n delar för att få plats, först “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="80"/>
        <source>%1: over the %n-page target.</source>
        <translation>
            <numerusform>%1: över sidmålet på %n sida.</numerusform>
            <numerusform>%1: över sidmålet på %n sidor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/fit_words.py" line="88"/>
        <source>the %1 section: missed least, so it goes before any bullet</source>
        <translation>avsnittet %1: saknas minst, så det stryks före alla punkter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/fit_words.py" line="91"/>
        <source>the certification %1: the posting does not ask for it</source>
        <translation>certifieringen %1: annonsen efterfrågar den inte</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/fit_words.py" line="93"/>
        <source>skills shortened to one line per group: before any bullet goes</source>
        <translation>kompetenserna kortade till en rad per grupp: före att någon punkt stryks</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/fit_words.py" line="96"/>
        <source>the scope line of %1: a role&apos;s results say more than its description</source>
        <translation>omfattningsraden för %1: det som gjordes väger tyngre än rollens storlek</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/fit_words.py" line="101"/>
        <source>the summary after its first %1 sentences: before any bullet goes</source>
        <translation>sammanfattningen efter dess %1 första meningar: före att någon punkt stryks</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="106"/>
        <source>%n bullet(s) past what a résumé lists for each role: no room left for them</source>
        <translation>
            <numerusform>%n punkt utöver vad ett CV tar med per roll: ingen plats kvar för den</numerusform>
            <numerusform>%n punkter utöver vad ett CV tar med per roll: ingen plats kvar för dem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="110"/>
        <source>%n line(s) under Earlier career, the oldest first: before an older role&apos;s bullets</source>
        <translation>
            <numerusform>%n rad under Tidigare karriär, den äldsta först: före en äldre rolls punkter</numerusform>
            <numerusform>%n rader under Tidigare karriär, de äldsta först: före en äldre rolls punkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="117"/>
        <source>%n bullets of %1: an older role, cut before a recent role&apos;s first %2</source>
        <translation>
            <numerusform>%n punkt från %1: en äldre roll, struken före en senare rolls %2 första</numerusform>
            <numerusform>%n punkter från %1: en äldre roll, strukna före en senare rolls %2 första</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="126"/>
        <source>%n bullets of %1: beyond a recent role&apos;s first %2</source>
        <translation>
            <numerusform>%n punkt från %1: utöver en senare rolls %2 första</numerusform>
            <numerusform>%n punkter från %1: utöver en senare rolls %2 första</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="140"/>
        <source>%n roles that ended before %1 listed under Earlier career (title, employer, years): older than %2 years</source>
        <translation>
            <numerusform>%n roll som slutade före %1 listad under Tidigare karriär (titel, arbetsgivare, år): äldre än %2 år</numerusform>
            <numerusform>%n roller som slutade före %1 listade under Tidigare karriär (titel, arbetsgivare, år): äldre än %2 år</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/fit_words.py" line="131"/>
        <source>the certification %1: no room once older bullets had gone</source>
        <translation>certifieringen %1: fick inte plats sedan äldre punkter strukits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/fit_words.py" line="134"/>
        <source>%n bullets of %1: no room once everything less important had gone</source>
        <translation>
            <numerusform>%n punkt från %1: fick inte plats sedan allt mindre viktigt strukits</numerusform>
            <numerusform>%n punkter från %1: fick inte plats sedan allt mindre viktigt strukits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/fit_words.py" line="154"/>
        <source>What was cut, and why:</source>
        <translation>Vad som ströks, och varför:</translation>
    </message>
</context>
<context>
    <name>FollowUpReview</name>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="53"/>
        <source>Action</source>
        <extracomment>the user asked for the follow-up meeting of this meeting (planned if there is none)</extracomment>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="53"/>
        <source>Due</source>
        <translation>Klar senast</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="53"/>
        <source>Progress</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="53"/>
        <source>Proof</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="58"/>
        <source>Progress of the earlier actions</source>
        <translation>Läget för de tidigare åtgärderna</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="71"/>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="127"/>
        <source>&amp;Plan the follow-up meeting</source>
        <translation>&amp;Planera uppföljningsmötet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="82"/>
        <source>&amp;Link proof…</source>
        <translation>&amp;Länka bevis…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="85"/>
        <source>Choose the accomplishments that show the selected action was done</source>
        <translation>Välj de prestationer som visar att den valda åtgärden blev gjord</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="124"/>
        <source>&amp;Open the follow-up meeting</source>
        <translation>&amp;Öppna uppföljningsmötet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="129"/>
        <source>It is dated on the follow-up date and reviews these actions.</source>
        <translation>Det dateras till uppföljningsdatumet och går igenom de här åtgärderna.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="131"/>
        <source>Set the follow-up date first.</source>
        <translation>Ange uppföljningsdatumet först.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="143"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="144"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="145"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="155"/>
        <source>no proof yet</source>
        <translation>inga bevis än</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="166"/>
        <source>Progress on what was agreed in “%s”:</source>
        <translation>Läget för det ni kom överens om i ”%s”:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="168"/>
        <source>Nothing was agreed in “%s”.</source>
        <translation>Inget bestämdes i ”%s”.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="180"/>
        <source>Mark Action Done</source>
        <translation>Markera åtgärd som klar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/follow_up.py" line="180"/>
        <source>Mark Action Open</source>
        <translation>Markera åtgärd som öppen</translation>
    </message>
</context>
<context>
    <name>HintList</name>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="34"/>
        <source>Writing hints</source>
        <translation>Skrivtips</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="47"/>
        <source>No suggestions: this bullet reads well.</source>
        <translation>Inga förslag: punkten är välformulerad.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/editor.py" line="61"/>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
</context>
<context>
    <name>HintMessages</name>
    <message>
        <location filename="../../resume_builder/ui/hint_messages.py" line="35"/>
        <source>Describe what you achieved in one sentence.</source>
        <translation>Beskriv vad du åstadkom i en mening.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/hint_messages.py" line="40"/>
        <source>Consider adding a number or measurable result, such as a percentage, an amount or the time saved: figures make an achievement concrete.</source>
        <translation>Lägg gärna till en siffra eller ett mätbart resultat, till exempel en procentsats, ett belopp eller sparad tid: siffror gör en prestation konkret.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/hint_messages.py" line="50"/>
        <source>Consider leaving out “%1”: résumé bullets read best without first-person pronouns, since the résumé is already about you.</source>
        <translation>Stryk gärna “%1”: CV-punkter blir bäst utan pronomen i första person, eftersom CV:t redan handlar om dig.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/hint_messages.py" line="55"/>
        <source>Consider saying directly what you did and what changed instead of “%1”, which describes a duty rather than a result.</source>
        <translation>Säg hellre rakt ut vad du gjorde och vad som förändrades i stället för “%1”, som beskriver en arbetsuppgift snarare än ett resultat.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/hint_messages.py" line="65"/>
        <source>Start with a strong action verb such as “%1” or “%2”: recruiters skim the first word.</source>
        <translation>Börja med ett starkt handlingsverb, till exempel “%1” eller “%2”: rekryterare skummar det första ordet.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/hint_messages.py" line="71"/>
        <source>Start with a strong action verb such as “%1”: recruiters skim the first word.</source>
        <translation>Börja med ett starkt handlingsverb, till exempel “%1”: rekryterare skummar det första ordet.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/hint_messages.py" line="74"/>
        <source>Start with a strong action verb: recruiters skim the first word.</source>
        <translation>Börja med ett starkt handlingsverb: rekryterare skummar det första ordet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/hint_messages.py" line="84"/>
        <source>This bullet has %n word; consider adding what you did and what it changed, in about %1 to %2 words.</source>
        <translation>
            <numerusform>Punkten har %n ord; skriv gärna vad du gjorde och vad det förändrade, med ungefär %1 till %2 ord.</numerusform>
            <numerusform>Punkten har %n ord; skriv gärna vad du gjorde och vad det förändrade, med ungefär %1 till %2 ord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/hint_messages.py" line="91"/>
        <source>This bullet has %n words; consider adding what you did and what it changed, in about %1 to %2 words.</source>
        <translation>
            <numerusform>Punkten har %n ord; skriv gärna vad du gjorde och vad det förändrade, med ungefär %1 till %2 ord.</numerusform>
            <numerusform>Punkten har %n ord; skriv gärna vad du gjorde och vad det förändrade, med ungefär %1 till %2 ord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/hint_messages.py" line="99"/>
        <source>This bullet has %n words; consider trimming it to about %1 or splitting it in two, so it stays easy to skim.</source>
        <translation>
            <numerusform>Punkten har %n ord; korta den gärna till ungefär %1 ord eller dela upp den i två, så att den går lätt att skumma.</numerusform>
            <numerusform>Punkten har %n ord; korta den gärna till ungefär %1 ord eller dela upp den i två, så att den går lätt att skumma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/hint_messages.py" line="107"/>
        <source>This bullet has %n word but %1 characters; consider trimming it under %2 characters, so it fits on two lines.</source>
        <translation>
            <numerusform>Punkten har %n ord men %1 tecken; korta den gärna till under %2 tecken, så att den ryms på två rader.</numerusform>
            <numerusform>Punkten har %n ord men %1 tecken; korta den gärna till under %2 tecken, så att den ryms på två rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/hint_messages.py" line="114"/>
        <source>This bullet has %n words but %1 characters; consider trimming it under %2 characters, so it fits on two lines.</source>
        <translation>
            <numerusform>Punkten har %n ord men %1 tecken; korta den gärna till under %2 tecken, så att den ryms på två rader.</numerusform>
            <numerusform>Punkten har %n ord men %1 tecken; korta den gärna till under %2 tecken, så att den ryms på två rader.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOutcomeTexts</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/import_backup.py" line="468"/>
        <source>Imported %n records; Undo removes them.</source>
        <translation>
            <numerusform>Importerade %n post; Ångra tar bort den.</numerusform>
            <numerusform>Importerade %n poster; Ångra tar bort dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/import_backup.py" line="473"/>
        <source>%n record(s) were imported into %1. Start Resume Builder with --data-dir on that folder to work with them.</source>
        <translation>
            <numerusform>%n post importerades till %1. Starta Resume Builder med --data-dir på den mappen för att arbeta med den.</numerusform>
            <numerusform>%n poster importerades till %1. Starta Resume Builder med --data-dir på den mappen för att arbeta med dem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="71"/>
        <source>Import Preview</source>
        <translation>Förhandsgranska import</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="80"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="80"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="80"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="80"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="110"/>
        <source>Into the &amp;current career record</source>
        <translation>In i den &amp;nuvarande karriärdatabasen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="111"/>
        <source>Into a &amp;new data folder…</source>
        <translation>In i en n&amp;y datamapp…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="119"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/import_backup.py" line="152"/>
        <source>%n line(s) the reader could not place: select one and choose a role to keep it as an accomplishment of that role, or leave it out</source>
        <translation>
            <numerusform>%n rad som inte kunde placeras: markera den och välj en roll för att behålla den som prestation i rollen, eller lämna den utanför</numerusform>
            <numerusform>%n rader som inte kunde placeras: markera en och välj en roll för att behålla den som prestation i rollen, eller lämna den utanför</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="163"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="163"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="163"/>
        <source>Placed as</source>
        <translation>Placeras som</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="164"/>
        <source>Left out</source>
        <translation>Utelämnad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="183"/>
        <source>Leave it out</source>
        <translation>Lämna utanför</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="186"/>
        <source>%1 (in this file)</source>
        <translation>%1 (i den här filen)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="188"/>
        <source>%1 (already in your record)</source>
        <translation>%1 (finns redan i dina uppgifter)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="193"/>
        <source>The selected lines become accomplishments of this role when you import.</source>
        <translation>De markerade raderna blir prestationer i den här rollen när du importerar.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="195"/>
        <source>Place the selected lines as bullets of:</source>
        <translation>Placera de markerade raderna som punkter under:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="245"/>
        <source>Lines you placed are kept only in an import into the current career record.</source>
        <translation>Rader du har placerat behålls bara vid import till de nuvarande uppgifterna.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="255"/>
        <source>Will add</source>
        <translation>Läggs till</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="256"/>
        <source>Will update</source>
        <translation>Uppdateras</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="257"/>
        <source>Already there</source>
        <translation>Finns redan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="258"/>
        <source>Skipped</source>
        <translation>Hoppas över</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="264"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="265"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="266"/>
        <source>Accomplishment</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="267"/>
        <source>Skill</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="268"/>
        <source>Education</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="269"/>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="270"/>
        <source>Award</source>
        <translation>Utmärkelse</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="271"/>
        <source>Publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="272"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="273"/>
        <source>Interest</source>
        <translation>Intresse</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="274"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="275"/>
        <source>Volunteering</source>
        <translation>Ideellt arbete</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="276"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="277"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="278"/>
        <source>Action item</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="284"/>
        <source>%1 (%2)</source>
        <comment>a preview group and how many records it holds</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="296"/>
        <source>%1: %2 to add or update, %3 already there, %4 skipped.</source>
        <translation>%1: %2 att lägga till eller uppdatera, %3 finns redan, %4 hoppas över.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="303"/>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="320"/>
        <source>Everything in the file is already there.</source>
        <translation>Allt i filen finns redan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/import_backup.py" line="310"/>
        <source>%n warning(s): what the file holds in another shape, and how it was read</source>
        <translation>
            <numerusform>%n varning: vad filen har i en annan form, och hur det lästes</numerusform>
            <numerusform>%n varningar: vad filen har i en annan form, och hur det lästes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="343"/>
        <source>Choose a Data Folder for the Import</source>
        <translation>Välj en datamapp för importen</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="54"/>
        <source>Network</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="54"/>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="54"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="121"/>
        <source>Edit Link</source>
        <translation>Redigera länk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="135"/>
        <source>Add Link</source>
        <translation>Lägg till länk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/profile.py" line="150"/>
        <source>Remove %n Link(s)</source>
        <translation>
            <numerusform>Ta bort %n länk</numerusform>
            <numerusform>Ta bort %n länkar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <location filename="../../resume_builder/ui/widgets/live_preview.py" line="99"/>
        <source>Updating the preview…</source>
        <extracomment>how long edits must pause before the document is typeset again a fresh preview is on screen (its result is in `result`) the preview could not be made; the reason the PDF on show, and the result it came with</extracomment>
        <translation>Uppdaterar förhandsvisningen…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/widgets/live_preview.py" line="117"/>
        <source>The preview could not be made: %1</source>
        <translation>Det gick inte att skapa förhandsvisningen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="77"/>
        <source>Views</source>
        <extracomment>how long quitting waits for background jobs that were asked to stop (they stop between steps; one reading a big import file may need a moment) another launch on the same data folder was redirected to this window</extracomment>
        <translation>Vyer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="144"/>
        <source>Opening %s…</source>
        <translation>Öppnar %s…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/main_window.py" line="393"/>
        <source>%n accomplishments</source>
        <translation>
            <numerusform>%n prestation</numerusform>
            <numerusform>%n prestationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/main_window.py" line="394"/>
        <source>%n roles</source>
        <translation>
            <numerusform>%n roll</numerusform>
            <numerusform>%n roller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/main_window.py" line="395"/>
        <source>%n skills</source>
        <translation>
            <numerusform>%n kompetens</numerusform>
            <numerusform>%n kompetenser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/main_window.py" line="399"/>
        <source>%n relationships</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relationer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="401"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="408"/>
        <source>All changes saved</source>
        <translation>Alla ändringar har sparats</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="411"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="412"/>
        <location filename="../../resume_builder/ui/main_window.py" line="502"/>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="561"/>
        <source>Could not save</source>
        <translation>Det gick inte att spara</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="413"/>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="414"/>
        <source>Save a Copy As…</source>
        <translation>Spara en kopia som…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="507"/>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="534"/>
        <source>Cannot Import</source>
        <translation>Det går inte att importera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="496"/>
        <source>Import LinkedIn Export</source>
        <translation>Importera LinkedIn-export</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="498"/>
        <source>Import Résumé</source>
        <translation>Importera CV</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="500"/>
        <source>Import JSON Resume</source>
        <translation>Importera JSON Resume</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="539"/>
        <source>Import Finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="549"/>
        <source>Resume Builder was started again on this data folder; here is its window.</source>
        <translation>Resume Builder startades igen på den här datamappen; här är dess fönster.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="557"/>
        <source>Demo career</source>
        <translation>Demokarriär</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="555"/>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="576"/>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="583"/>
        <source>Restore failed</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/import_backup.py" line="587"/>
        <source>Restored %s; the previous database was backed up first.</source>
        <translation>Återställde %s; den tidigare databasen säkerhetskopierades först.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="449"/>
        <source>About %s</source>
        <translation>Om %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="451"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Record your work accomplishments and build tailored résumés and a Career Management Document, offline.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Anteckna dina prestationer i arbetet och skapa skräddarsydda CV:n och ett karriärdokument, helt offline.&lt;/p&gt;&lt;p&gt;Dina uppgifter stannar på den här datorn: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/main_window.py" line="503"/>
        <source>Quit anyway and lose the unsaved changes?</source>
        <translation>Vill du avsluta ändå och förlora de osparade ändringarna?</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="23"/>
        <source>Career conversation</source>
        <extracomment>the column that names a meeting and takes the room</extracomment>
        <translation>Karriärsamtal</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="24"/>
        <source>One-to-one</source>
        <translation>Avstämning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="25"/>
        <source>Recruiter</source>
        <translation>Rekryterare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="26"/>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="27"/>
        <source>Networking</source>
        <translation>Nätverkande</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="28"/>
        <source>Reference check</source>
        <translation>Referenstagning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="29"/>
        <source>Performance review</source>
        <translation>Medarbetarsamtal</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="62"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="66"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="67"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="68"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="70"/>
        <source>To do</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="81"/>
        <source>meetings</source>
        <translation>möten</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="82"/>
        <source>Add Meeting</source>
        <translation>Lägg till möte</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="84"/>
        <source>No meetings yet. Log each conversation that matters to your career: the talk with your manager, recruiter calls, interviews. What was said and agreed stays here, with its actions and their due dates.</source>
        <translation>Inga möten än. Logga varje samtal som betyder något för din karriär: samtalet med din chef, samtal med rekryterare, intervjuer. Det som sades och det ni kom överens om sparas här, med åtgärderna och när de ska vara klara.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/list.py" line="90"/>
        <source>Select a meeting to see and edit it.</source>
        <translation>Välj ett möte för att se och redigera det.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="56"/>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="287"/>
        <source>(none)</source>
        <extracomment>the percentage of the page&apos;s width the list gets until the user drags the splitter the list&apos;s narrow columns (people, open actions) and the widths below which they go the fields a career conversation shows in its planner steps instead of the form</extracomment>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="58"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="58"/>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="90"/>
        <source>2026-03-14</source>
        <translation>2026-03-14</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="59"/>
        <source>T&amp;ime</source>
        <translation>&amp;Tid</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="59"/>
        <source>14:30</source>
        <translation>14:30</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="60"/>
        <source>&amp;Kind</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="61"/>
        <source>&amp;Title</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="61"/>
        <source>Career talk with Alex</source>
        <translation>Karriärsamtal med Alex</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="62"/>
        <source>Ta&amp;rget</source>
        <translation>&amp;Ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="65"/>
        <source>F&amp;ollows up</source>
        <translation>&amp;Följer upp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="68"/>
        <source>The earlier meeting whose actions this one reviews</source>
        <translation>Det tidigare mötet vars åtgärder det här mötet följer upp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="76"/>
        <source>Delete %n Meeting(s)</source>
        <translation>
            <numerusform>Ta bort %n möte</numerusform>
            <numerusform>Ta bort %n möten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="86"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="87"/>
        <source>&amp;Notes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="88"/>
        <source>&amp;Feedback heard (verbatim)</source>
        <translation>Å&amp;terkoppling (ordagrant)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="90"/>
        <source>Follo&amp;w-up date</source>
        <translation>Uppföljnings&amp;datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="92"/>
        <source>&amp;Questions to ask</source>
        <translation>&amp;Frågor att ställa</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="95"/>
        <source>Practica&amp;l notes</source>
        <translation>&amp;Praktiskt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="97"/>
        <source>Notice period, salary expectations, travel</source>
        <translation>Uppsägningstid, lönekrav, resor</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="123"/>
        <source>&amp;People</source>
        <extracomment>the splitter is the user&apos;s (restored from the settings, or already shared out)</extracomment>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="147"/>
        <source>&amp;Brief…</source>
        <extracomment>the forms on the meeting besides the page&apos;s own, whose problems show below the planner</extracomment>
        <translation>&amp;Underlag…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="150"/>
        <source>Export a one- or two-page brief to bring to this meeting (PDF or Word)</source>
        <translation>Exportera ett underlag på en eller två sidor att ta med till mötet (PDF eller Word)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="176"/>
        <location filename="../../resume_builder/ui/views/registry.py" line="84"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="338"/>
        <source>Follow-up: %s</source>
        <translation>Uppföljning: %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="340"/>
        <source>Follow-up career conversation</source>
        <translation>Uppföljande karriärsamtal</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/view.py" line="344"/>
        <source>Plan Follow-up Meeting</source>
        <translation>Planera uppföljningsmöte</translation>
    </message>
</context>
<context>
    <name>MergeSkillsDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="53"/>
        <source>Merge Skills</source>
        <extracomment>Okabe–Ito colours: told apart with colour-blindness, readable on light and dark palettes; the cell&apos;s text says the same, so colour is never the only sign.</extracomment>
        <translation>Slå ihop kompetenser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="55"/>
        <source>Merge “%s” into:</source>
        <translation>Slå ihop “%s” med:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="60"/>
        <source>Skill to keep</source>
        <translation>Kompetens att behålla</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="66"/>
        <source>Its accomplishments will be tagged with the skill you pick, and its name becomes an alias of that skill. You can undo this.</source>
        <translation>Dess prestationer taggas med kompetensen du väljer, och dess namn blir ett alias för den kompetensen. Du kan ångra detta.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="75"/>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="153"/>
        <source>Done</source>
        <extracomment>a milestone&apos;s tick was clicked: its id and the wanted state the report was worked out again (the headline follows it)</extracomment>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="154"/>
        <source>Milestone</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="155"/>
        <source>Due</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="156"/>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="157"/>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="158"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="254"/>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="254"/>
        <source>not done</source>
        <translation>inte klart</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="257"/>
        <source>(untitled milestone)</source>
        <translation>(delmål utan rubrik)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="269"/>
        <source>Done on %s</source>
        <translation>Klart %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="282"/>
        <source>A steady pace would be at %1 by today</source>
        <translation>I jämn takt skulle du vara på %1 i dag</translation>
    </message>
</context>
<context>
    <name>OrganisationIndex</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/models/organisations.py" line="84"/>
        <source>Applications made: %n</source>
        <translation>
            <numerusform>Gjorda ansökningar: %n</numerusform>
            <numerusform>Gjorda ansökningar: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationPeopleModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="161"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="161"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="161"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="169"/>
        <source>(unnamed person)</source>
        <translation>(person utan namn)</translation>
    </message>
</context>
<context>
    <name>OrganisationPostingsModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="182"/>
        <source>Posting</source>
        <translation>Annons</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="182"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="193"/>
        <source>Seen, not applied</source>
        <translation>Sedd, inte sökt</translation>
    </message>
</context>
<context>
    <name>OrganisationPriority</name>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="29"/>
        <source>High</source>
        <extracomment>the kinds whose change can change what an organisation&apos;s row counts</extracomment>
        <translation>Hög</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="30"/>
        <source>Medium</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="31"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="95"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="97"/>
        <source>(unnamed organisation)</source>
        <translation>(organisation utan namn)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="102"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="106"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="108"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="114"/>
        <source>Postings</source>
        <translation>Annonser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/organisations.py" line="120"/>
        <source>Applied</source>
        <translation>Sökta</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="70"/>
        <source>organisations</source>
        <extracomment>the most rows the people or postings table shows before it scrolls how many lines the prose fields (why, what it is like, notes) show the only kinds of address the website link opens: a typed &quot;file:&quot; or script is no website</extracomment>
        <translation>organisationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="71"/>
        <source>Add Organisation</source>
        <translation>Lägg till organisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/organisations.py" line="72"/>
        <source>Delete %n Organisation(s)</source>
        <translation>
            <numerusform>Ta bort %n organisation</numerusform>
            <numerusform>Ta bort %n organisationer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="74"/>
        <source>No organisations yet. List the places you would like to work for: why each attracts you, what it is like, who you know there and the postings you have seen. A search starts from this list.</source>
        <translation>Inga organisationer än. Lista de arbetsplatser du skulle vilja arbeta på: varför var och en lockar dig, hur det är där, vem du känner där och vilka annonser du har sett. Jobbsökandet börjar med den här listan.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="78"/>
        <source>Select an organisation to edit it.</source>
        <translation>Markera en organisation för att redigera den.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="93"/>
        <source>Rename Organisation</source>
        <translation>Byt namn på organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="100"/>
        <source>&amp;Add organisation</source>
        <translation>&amp;Lägg till organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="110"/>
        <source>People &amp;there</source>
        <translation>Personer &amp;där</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="112"/>
        <source>People at this organisation</source>
        <translation>Personer hos den här organisationen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="116"/>
        <source>Nobody yet: choose the people you know there from People.</source>
        <translation>Ingen än: välj bland Personer dem du känner där.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="118"/>
        <source>C&amp;hoose people…</source>
        <translation>V&amp;älj personer…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="120"/>
        <source>Choose the people at this organisation</source>
        <translation>Välj personerna hos den här organisationen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="125"/>
        <source>Postings and a&amp;pplications</source>
        <translation>Annonser och an&amp;sökningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="129"/>
        <source>Postings seen at this organisation</source>
        <translation>Annonser du har sett hos den här organisationen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="168"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="168"/>
        <source>Northwind Traders</source>
        <translation>Northwind Traders</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="171"/>
        <source>P&amp;riority</source>
        <translation>&amp;Prioritet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="174"/>
        <source>How much you want to work there: high ones lead the list</source>
        <translation>Hur gärna du vill arbeta där: de med hög prioritet står först i listan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="178"/>
        <source>&amp;Why it attracts you</source>
        <translation>&amp;Varför den lockar dig</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="180"/>
        <source>Runs its IT as a product organisation; growing in Europe</source>
        <translation>Driver sin IT som en produktorganisation; växer i Europa</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="184"/>
        <source>What it is &amp;like</source>
        <translation>&amp;Hur det är där</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="186"/>
        <source>Already works the way I want mine to</source>
        <translation>Arbetar redan så som jag vill att vi ska arbeta</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="188"/>
        <source>Stockholm</source>
        <translation>Stockholm</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="188"/>
        <source>Lo&amp;cation</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="189"/>
        <source>Web&amp;site</source>
        <translation>&amp;Webbplats</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="190"/>
        <source>N&amp;otes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="236"/>
        <source>Enter or double-click opens it on its own page</source>
        <translation>Retur eller dubbelklick öppnar den på dess egen sida</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="248"/>
        <location filename="../../resume_builder/ui/views/registry.py" line="102"/>
        <source>Organisations</source>
        <translation>Organisationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="275"/>
        <source>An organisation needs a name.</source>
        <translation>En organisation måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="276"/>
        <source>There is already an organisation called “%1”.</source>
        <translation>Det finns redan en organisation som heter ”%1”.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="294"/>
        <source>People at the Organisation</source>
        <translation>Personer hos organisationen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="296"/>
        <source>Tick the people you know there, or who can introduce you. Add people on the People page first if they are not listed.</source>
        <translation>Kryssa för de personer du känner där, eller som kan presentera dig. Lägg först till personer på sidan Personer om de inte finns i listan.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="299"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="299"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="299"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="325"/>
        <source>Choose People There</source>
        <translation>Välj personer där</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/organisations.py" line="334"/>
        <source>%n organisation(s) to scout</source>
        <translation>
            <numerusform>%n organisation att utforska</numerusform>
            <numerusform>%n organisationer att utforska</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/organisations.py" line="337"/>
        <source>%n high priority</source>
        <translation>
            <numerusform>%n med hög prioritet</numerusform>
            <numerusform>%n med hög prioritet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="356"/>
        <source>Open the website</source>
        <translation>Öppna webbplatsen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/organisations.py" line="377"/>
        <source>%n posting(s) seen</source>
        <translation>
            <numerusform>%n annons sedd</numerusform>
            <numerusform>%n annonser sedda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/organisations.py" line="379"/>
        <source>%n application(s) made</source>
        <translation>
            <numerusform>%n ansökan gjord</numerusform>
            <numerusform>%n ansökningar gjorda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/organisations.py" line="384"/>
        <source>No postings yet: a target on the Targets page that names this organisation shows here.</source>
        <translation>Inga annonser än: en ansökan på sidan Ansökningar som anger den här organisationen visas här.</translation>
    </message>
</context>
<context>
    <name>PeopleField</name>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/editor.py" line="85"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/editor.py" line="87"/>
        <source>Choose the people of the meeting</source>
        <translation>Välj mötets deltagare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/editor.py" line="112"/>
        <source>Nobody chosen yet</source>
        <translation>Ingen vald än</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/editor.py" line="129"/>
        <source>People in the Meeting</source>
        <translation>Mötets deltagare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/editor.py" line="131"/>
        <source>Tick everyone who takes part. Add people on the People page first if they are not listed.</source>
        <translation>Kryssa för alla som deltar. Lägg först till personer på sidan Personer om de inte finns i listan.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/editor.py" line="134"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/editor.py" line="134"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/editor.py" line="134"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/editor.py" line="154"/>
        <source>Choose People</source>
        <translation>Välj deltagare</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="120"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="122"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="125"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="126"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="128"/>
        <source>Last contact</source>
        <translation>Senast kontakt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="131"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="136"/>
        <source>Days since</source>
        <translation>Dagar sedan</translation>
    </message>
</context>
<context>
    <name>PeopleProxyModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="181"/>
        <source>No contact on record</source>
        <extracomment>the column that carries the warning icon: &quot;Days since&quot;, whose header leaves it room</extracomment>
        <translation>Ingen kontakt registrerad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/models/people.py" line="182"/>
        <source>Not contacted for %n day(s)</source>
        <translation>
            <numerusform>Ingen kontakt på %n dag</numerusform>
            <numerusform>Ingen kontakt på %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="76"/>
        <source>people</source>
        <extracomment>the most rows a person&apos;s meetings or action items show before their table scrolls the columns of people_columns() a narrow list leaves out first the columns shown whole at any width: relationship, last contact, days since how many average characters an organisation or title shows before it is left out how many average characters of an e-mail or a LinkedIn address the editor&apos;s fields show how many lines of notes (and of a reference&apos;s words) show before their box scrolls</extracomment>
        <translation>personer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="77"/>
        <source>Add Person</source>
        <translation>Lägg till person</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/people.py" line="78"/>
        <source>Delete %n Person(s)</source>
        <translation>
            <numerusform>Ta bort %n person</numerusform>
            <numerusform>Ta bort %n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="80"/>
        <source>No people yet. Add your manager, the leaders who know your work, mentors, recruiters and references: note when you last talked, and see who has gone quiet.</source>
        <translation>Inga personer än. Lägg till din chef, ledarna som känner till ditt arbete, mentorer, rekryterare och referenser: anteckna när ni senast talades vid, och se vem som har tystnat.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="84"/>
        <source>Select a person to edit them.</source>
        <translation>Välj en person för att redigera den.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="117"/>
        <source>Edit Last Contact</source>
        <translation>Redigera senaste kontakt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/people.py" line="419"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="128"/>
        <source>Stand out after this many days without contact</source>
        <translation>Lyft fram efter så här många dagar utan kontakt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="130"/>
        <source>People not contacted for longer than this are marked in the list</source>
        <translation>Personer utan kontakt längre än så markeras i listan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="132"/>
        <source>Stan&amp;d out after</source>
        <translation>L&amp;yft fram efter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="143"/>
        <source>&amp;Meetings with them</source>
        <translation>&amp;Möten med personen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="145"/>
        <source>Meetings with this person</source>
        <translation>Möten med den här personen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="148"/>
        <source>No meetings with them on record yet.</source>
        <translation>Inga möten med personen registrerade än.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="149"/>
        <source>A&amp;ction items</source>
        <translation>Åt&amp;gärder</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="151"/>
        <source>Action items from meetings with this person</source>
        <translation>Åtgärder från möten med den här personen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="153"/>
        <source>Nothing agreed in meetings with them yet.</source>
        <translation>Inget överenskommet i möten med personen än.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="183"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="183"/>
        <source>Alex Morgan</source>
        <translation>Kim Andersson</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="186"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="189"/>
        <source>Pick one or type your own</source>
        <translation>Välj en eller skriv en egen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="190"/>
        <source>Pick from the list, or type your own words (“skip-level”)</source>
        <translation>Välj i listan, eller skriv med egna ord (”chefens chef”)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="192"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="193"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="193"/>
        <source>VP of Engineering</source>
        <translation>Utvecklingschef</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="194"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="195"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="197"/>
        <source>&amp;LinkedIn</source>
        <translation>&amp;LinkedIn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="199"/>
        <source>Note&amp;s</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="200"/>
        <source>&amp;Would be a reference</source>
        <translation>&amp;Kan vara referens</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="203"/>
        <source>Re&amp;ference for</source>
        <translation>Referens f&amp;ör</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="204"/>
        <source>The platform migration; leading a team of 12</source>
        <translation>Plattformsflytten; att leda ett team på 12</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="205"/>
        <source>What they would vouch for</source>
        <translation>Vad personen kan intyga</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="209"/>
        <source>T&amp;heir words</source>
        <translation>&amp;Deras ord</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="211"/>
        <source>What they said or wrote about your work, as a reference quotes</source>
        <translation>Vad personen sagt eller skrivit om ditt arbete, som en referens citerar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="215"/>
        <source>L&amp;ast contact</source>
        <translation>&amp;Senaste kontakt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="218"/>
        <source>When you last talked, if not in a meeting on record; a newer meeting counts</source>
        <translation>När ni senast talades vid, om inte i ett registrerat möte; ett senare möte räknas</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="346"/>
        <location filename="../../resume_builder/ui/views/registry.py" line="78"/>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/people.py" line="369"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/people.py" line="373"/>
        <source>%n not contacted in %1 days</source>
        <translation>
            <numerusform>%n utan kontakt på %1 dagar</numerusform>
            <numerusform>%n utan kontakt på %1 dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/people.py" line="385"/>
        <source>Latest meeting: %s</source>
        <translation>Senaste möte: %s</translation>
    </message>
</context>
<context>
    <name>PersonItemsModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="288"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="288"/>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="288"/>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="303"/>
        <source>(no text)</source>
        <translation>(ingen text)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="307"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="308"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="308"/>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
</context>
<context>
    <name>PersonMeetingsModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="256"/>
        <source>Date</source>
        <extracomment>the kinds of record whose change means the rows must be read again</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="257"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="258"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="270"/>
        <source>(untitled meeting)</source>
        <translation>(möte utan titel)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="275"/>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="48"/>
        <source>Profile photo</source>
        <translation>Profilfoto</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="52"/>
        <source>Choose Pho&amp;to…</source>
        <translation>&amp;Välj foto…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="56"/>
        <source>A JPEG or PNG picture of you; a small copy is kept with your records. A résumé shows it only when you tick Include photo as you export it.</source>
        <translation>En JPEG- eller PNG-bild av dig; en liten kopia sparas med dina uppgifter. Ett CV visar den bara när du kryssar i Visa foto när du exporterar det.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="60"/>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="197"/>
        <source>Remove Photo</source>
        <translation>Ta bort foto</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="106"/>
        <source>No photo</source>
        <translation>Inget foto</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="109"/>
        <source>Optional. Many applicant-tracking systems and US employers prefer a résumé without a photo; some European employers expect one.</source>
        <translation>Frivilligt. Många rekryteringssystem (ATS) och amerikanska arbetsgivare föredrar ett CV utan foto; en del europeiska arbetsgivare väntar sig ett.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="124"/>
        <source>%1, %2 × %3 pixels. A résumé shows it when you tick Include photo.</source>
        <translation>%1, %2 × %3 pixlar. Ett CV visar det när du kryssar i Visa foto.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="125"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="143"/>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="187"/>
        <source>Choose Photo</source>
        <translation>Välj foto</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="145"/>
        <source>Pictures (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile_photo.py" line="176"/>
        <source>This picture cannot be used: %1.</source>
        <translation>Bilden kan inte användas: %1.</translation>
    </message>
</context>
<context>
    <name>PlanMeasures</name>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="71"/>
        <source>Ticked by hand</source>
        <extracomment>the plan&apos;s own records: a change to them is shown at once the records the measures count: a change there is counted again once the burst is over each state&apos;s colour on a light palette and on a dark one; the state is written in words too progress as a share of the goal, 0.0 to 1.0 (the progress bar&apos;s length) the state&apos;s key (rules.DONE, rules.BEHIND, ...)</extracomment>
        <translation>Manuellt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="72"/>
        <source>CMD complete (%)</source>
        <translation>Karriärdokument klart (%)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="73"/>
        <source>Résumés ready</source>
        <translation>CV:n klara</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="74"/>
        <source>Recruiter conversations</source>
        <translation>Rekryterarsamtal</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="77"/>
        <source>References lined up</source>
        <translation>Referenser klara</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="78"/>
        <source>Applications sent</source>
        <translation>Skickade ansökningar</translation>
    </message>
</context>
<context>
    <name>PlanProgress</name>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="109"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="110"/>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="113"/>
        <source>%1 of %2 %</source>
        <translation>%1 av %2 %</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="118"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>PlanStates</name>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="86"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="87"/>
        <source>On track</source>
        <translation>I fas</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="88"/>
        <source>Behind</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="89"/>
        <source>Overdue</source>
        <translation>Försenat</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/plan.py" line="90"/>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="106"/>
        <source>No plan yet. Set the date your role ends, or the date you want to have moved by, and the milestones on the way: a complete CMD, résumés ready, recruiter conversations, references lined up, applications sent. This page then counts the weeks left and says whether your pace will make the date.</source>
        <extracomment>how many lines the notes fields show the most a goal may be (a count of applications or conversations) a bar narrower than this shows too little of its fill to read at a glance</extracomment>
        <translation>Ingen plan än. Ange när din roll upphör, eller när du senast vill ha bytt jobb, och delmålen på vägen dit: ett komplett karriärdokument, färdiga CV:n, samtal med rekryterare, klara referenser, skickade ansökningar. Sidan räknar sedan veckorna som är kvar och visar om din takt räcker för att hinna.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="116"/>
        <source>&amp;Set the deadline</source>
        <translation>&amp;Ange slutdatum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="140"/>
        <source>&amp;Milestones</source>
        <translation>&amp;Delmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="144"/>
        <source>Milestones</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="159"/>
        <source>No milestones yet. Add the steps towards the deadline, each with a due date and, where the app can count it, a measure.</source>
        <translation>Inga delmål än. Lägg till stegen fram till slutdatumet, vart och ett med ett datum då det ska vara klart och, där appen kan räkna det, ett mått.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="165"/>
        <source>&amp;Add milestone</source>
        <translation>&amp;Lägg till delmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="168"/>
        <source>&amp;Remove milestone</source>
        <translation>&amp;Ta bort delmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="184"/>
        <source>Deadline</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="188"/>
        <source>Milestone</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="190"/>
        <source>Select a milestone to edit it.</source>
        <translation>Markera ett delmål för att redigera det.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="208"/>
        <source>Rename Milestone</source>
        <translation>Byt namn på delmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="257"/>
        <source>My role ends</source>
        <translation>Min roll upphör</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="258"/>
        <source>I want to move by</source>
        <translation>Jag vill ha bytt senast</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="263"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Slutdatum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="265"/>
        <source>The day the role ends, or the day you want to have moved by</source>
        <translation>Dagen då rollen upphör, eller dagen då du senast vill ha bytt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="269"/>
        <source>&amp;What it is</source>
        <translation>&amp;Gäller</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="275"/>
        <source>S&amp;tarted</source>
        <translation>&amp;Påbörjad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="277"/>
        <source>The pace is measured from this day</source>
        <translation>Takten räknas från den här dagen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="279"/>
        <source>&amp;Notes</source>
        <translation>A&amp;nteckningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="286"/>
        <source>T&amp;itle</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="287"/>
        <source>Five recruiter conversations</source>
        <translation>Fem samtal med rekryterare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="289"/>
        <source>D&amp;ue</source>
        <translation>&amp;Klart senast</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="292"/>
        <source>Mea&amp;sure</source>
        <translation>&amp;Mått</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="295"/>
        <source>What the app counts for its progress; or tick it by hand</source>
        <translation>Vad appen räknar för att mäta framstegen; eller kryssa för det manuellt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="299"/>
        <source>&amp;Goal</source>
        <translation>Mål&amp;värde</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="303"/>
        <source>How many, or for a complete CMD the share of roles in per cent</source>
        <translation>Hur många, eller för ett komplett karriärdokument andelen roller i procent</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="305"/>
        <source>N&amp;otes</source>
        <translation>Ante&amp;ckningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="322"/>
        <source>Set the deadline to see the weeks left</source>
        <translation>Ange slutdatumet för att se hur många veckor som är kvar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="324"/>
        <source>The deadline has passed</source>
        <translation>Slutdatumet har passerats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/plan.py" line="325"/>
        <source>%n week(s) left</source>
        <translation>
            <numerusform>%n vecka kvar</numerusform>
            <numerusform>%n veckor kvar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="326"/>
        <source>on pace</source>
        <translation>i fas</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="326"/>
        <source>behind pace</source>
        <translation>efter i tid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/plan.py" line="335"/>
        <source>CMD %1 % complete: %2 of %n role(s) have STAR detail</source>
        <translation>
            <numerusform>Karriärdokumentet är %1 % klart: %2 av %n roll har STAR-detaljer</numerusform>
            <numerusform>Karriärdokumentet är %1 % klart: %2 av %n roller har STAR-detaljer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="348"/>
        <source>Set the Deadline</source>
        <translation>Ange slutdatum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="357"/>
        <source>Add Milestone</source>
        <translation>Lägg till delmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="369"/>
        <source>Tick Milestone Done</source>
        <translation>Markera delmål som klart</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="369"/>
        <source>Untick Milestone</source>
        <translation>Markera delmål som inte klart</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="374"/>
        <location filename="../../resume_builder/ui/views/registry.py" line="108"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/plan.py" line="398"/>
        <source>Remove Milestone</source>
        <translation>Ta bort delmål</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="97"/>
        <source>Career conversation planner</source>
        <translation>Planera karriärsamtalet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="115"/>
        <source>1 Ask</source>
        <extracomment>(short tab name, whole name) of each step</extracomment>
        <translation>1 Boka</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="115"/>
        <source>Step 1 of 5: ask for the meeting</source>
        <translation>Steg 1 av 5: be om mötet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="116"/>
        <source>2 Position</source>
        <translation>2 Position</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="116"/>
        <source>Step 2 of 5: position yourself</source>
        <translation>Steg 2 av 5: positionera dig</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="117"/>
        <source>3 Listen</source>
        <translation>3 Lyssna</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="117"/>
        <source>Step 3 of 5: listen</source>
        <translation>Steg 3 av 5: lyssna</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="118"/>
        <source>4 Act</source>
        <translation>4 Agera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="118"/>
        <source>Step 4 of 5: act on the feedback</source>
        <translation>Steg 4 av 5: agera på återkopplingen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="119"/>
        <source>5 Follow up</source>
        <translation>5 Följ upp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="143"/>
        <source>You agreed to look outside while exploring inside</source>
        <translation>Ni har kommit överens om att du söker externt medan du undersöker internt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="145"/>
        <source>What we a&amp;greed</source>
        <translation>Vad vi &amp;kom överens om</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="148"/>
        <source>&amp;Conditions</source>
        <translation>&amp;Villkor</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="150"/>
        <source>Keep it quiet until an offer; hand over the project</source>
        <translation>Håll det tyst tills ett erbjudande finns; lämna över projektet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="162"/>
        <source>Edit Open Conversation</source>
        <translation>Ändra öppet samtal</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="164"/>
        <source>Open career conversation</source>
        <translation>Öppet karriärsamtal</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="169"/>
        <source>Agreed with your manager to look outside while you explore inside? Write down what you agreed and on what conditions, so you both remember it the same way.</source>
        <translation>Har du och din chef kommit överens om att du söker externt medan du undersöker internt? Skriv ner vad ni kom överens om och på vilka villkor, så att ni båda minns det på samma sätt.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="211"/>
        <source>Ask for the meeting as a talk about your career, not a complaint or a demand. Keep the request short and friendly, and let your manager pick the time.</source>
        <translation>Be om mötet som ett samtal om din karriär, inte som ett klagomål eller ett krav. Håll förfrågan kort och vänlig, och låt din chef välja tid.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="216"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-brev</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="220"/>
        <source>&amp;Suggest an e-mail</source>
        <translation>&amp;Föreslå ett e-brev</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="223"/>
        <source>Co&amp;py e-mail</source>
        <translation>&amp;Kopiera e-brevet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="238"/>
        <source>Open with what you value in the job and in working with your manager. Say that you want to grow here for the long run, name the level you aim for, and ask what would get you there. Then bring two or three results as proof.</source>
        <translation>Börja med vad du uppskattar i jobbet och i samarbetet med din chef. Säg att du vill utvecklas här på lång sikt, nämn nivån du siktar på och fråga vad som skulle ta dig dit. Ta sedan upp två eller tre resultat som bevis.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="247"/>
        <source>&amp;Appreciation</source>
        <translation>&amp;Uppskattning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="249"/>
        <source>What I enjoy in the job and value in your support</source>
        <translation>Vad jag trivs med i jobbet och uppskattar i ditt stöd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="253"/>
        <source>Long-term &amp;intent</source>
        <translation>&amp;Långsiktig avsikt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="255"/>
        <source>I want to build my career here</source>
        <translation>Jag vill bygga min karriär här</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="259"/>
        <source>&amp;Level aimed for</source>
        <translation>&amp;Nivå jag siktar på</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="260"/>
        <source>Director of IT Operations</source>
        <translation>IT-driftchef</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="264"/>
        <source>The &amp;question</source>
        <translation>&amp;Frågan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="266"/>
        <source>What skills and results would get me there?</source>
        <translation>Vilka färdigheter och resultat skulle ta mig dit?</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="294"/>
        <source>No accomplishments dated in these twelve months yet. Record your recent results on the Accomplishments page: they are what you bring to this talk.</source>
        <translation>Inga prestationer daterade under de här tolv månaderna än. Lägg in dina senaste resultat på sidan Prestationer: det är dem du tar med till samtalet.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="119"/>
        <source>Step 5 of 5: follow up</source>
        <translation>Steg 5 av 5: följ upp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="141"/>
        <source>We agreed I may look &amp;outside too</source>
        <translation>Vi kom överens om att jag också får söka &amp;externt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="274"/>
        <source>Accomplishment</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="274"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="275"/>
        <source>Impact</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="279"/>
        <source>Talking points</source>
        <translation>Samtalspunkter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="307"/>
        <source>Listen more than you talk. Write the feedback down in the words you heard, even when it stings, and ask what was meant when it is vague.</source>
        <translation>Lyssna mer än du pratar. Skriv ner återkopplingen med de ord du hörde, även när det svider, och fråga vad som menades när det är vagt.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="313"/>
        <source>&amp;Feedback heard (verbatim)</source>
        <translation>Å&amp;terkoppling (ordagrant)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="314"/>
        <source>&amp;What was asked of me</source>
        <translation>&amp;Det som önskas av mig</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="324"/>
        <source>Turn the feedback into two or three visible actions, each with a due date. Fewer, done well and seen, beat many half done. Later, link each one to the accomplishments that prove it.</source>
        <translation>Gör om återkopplingen till två eller tre synliga åtgärder, var och en med ett datum. Få som blir väl gjorda och syns slår många halvgjorda. Länka senare varje åtgärd till de prestationer som bevisar den.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="331"/>
        <source>More than three actions: consider keeping the two or three that matter most to your manager, so each one gets done and noticed.</source>
        <translation>Fler än tre åtgärder: fundera på att behålla de två eller tre som betyder mest för din chef, så att var och en blir gjord och uppmärksammad.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="346"/>
        <source>Agree on a date to review progress, four to eight weeks out. Until then, record each result as it happens; at the follow-up, show every action with its proof.</source>
        <translation>Kom överens om ett datum för att gå igenom läget, om fyra till åtta veckor. Lägg fram till dess in varje resultat när det händer; vid uppföljningen visar du varje åtgärd med sina bevis.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="355"/>
        <source>&amp;Follow-up date</source>
        <translation>&amp;Uppföljningsdatum</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="357"/>
        <source>2026-03-14</source>
        <translation>2026-03-14</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="400"/>
        <source>&amp;Talking points: your results from %1 to %2, then older ones you picked</source>
        <translation>&amp;Samtalspunkter: dina resultat från %1 till %2, sedan äldre som du valt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="402"/>
        <source>&amp;Talking points: your results of the twelve months from %1 to %2</source>
        <translation>&amp;Samtalspunkter: dina resultat under de tolv månaderna från %1 till %2</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="422"/>
        <source>Pick Talking Point</source>
        <translation>Välj samtalspunkt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="422"/>
        <source>Drop Talking Point</source>
        <translation>Ta bort samtalspunkt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="444"/>
        <source>Hi %s,</source>
        <translation>Hej %s!</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="444"/>
        <source>Hi,</source>
        <translation>Hej!</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="447"/>
        <source>Subject: Time to discuss my career</source>
        <translation>Ämne: Tid att prata om min karriär</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="450"/>
        <source>Could we set aside half an hour in the coming weeks to discuss my career? I enjoy my work here, and I would value your view on where I could grow and what it would take to get there.</source>
        <translation>Kan vi avsätta en halvtimme de närmaste veckorna för att prata om min karriär? Jag trivs med mitt arbete här och skulle uppskatta din syn på var jag kan utvecklas och vad som skulle krävas för att komma dit.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="454"/>
        <source>Any time that suits you works for me.</source>
        <translation>Vilken tid som helst som passar dig fungerar för mig.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="455"/>
        <source>Thank you,</source>
        <translation>Tack!</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/meetings/planner.py" line="468"/>
        <source>Suggest E-mail</source>
        <translation>Föreslå e-brev</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="73"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="102"/>
        <source>The dictionary that underlines misspelt words; words you add to your own dictionary count in every language.</source>
        <translation>Ordlistan som stryker under felstavade ord; ord du lägger till i din egen ordlista gäller på alla språk.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="119"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="120"/>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 tum)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="123"/>
        <source>As the system: %s</source>
        <translation>Som systemet: %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="132"/>
        <source>How long a new résumé should be; a target can set its own.</source>
        <translation>Hur långt ett nytt CV ska vara; en ansökan kan ha sitt eget.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="137"/>
        <source>A person you have not been in touch with for this long is listed as due.</source>
        <translation>En person du inte har haft kontakt med på så här länge listas som dags att höra av sig till.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="141"/>
        <source>An application with no news for this long is listed for a follow-up.</source>
        <translation>En ansökan utan nyheter på så här länge listas för uppföljning.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="145"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Öppna mapp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="149"/>
        <source>Open &amp;Backups Folder</source>
        <translation>Öppna mapp för s&amp;äkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="174"/>
        <source>Interface</source>
        <translation>Gränssnitt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="177"/>
        <source>&amp;Spelling:</source>
        <translation>Sta&amp;vning:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="179"/>
        <source>New documents</source>
        <translation>Nya dokument</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="181"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="183"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Pappersstorlek:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="184"/>
        <source>Page tar&amp;get:</source>
        <translation>S&amp;idmål:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="185"/>
        <source>The Export dialog and the command line start from these.</source>
        <translation>Dialogrutan Exportera och kommandoraden utgår från dessa.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="189"/>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="192"/>
        <source>A &amp;contact is due after (days):</source>
        <translation>En &amp;kontakt behöver höras av efter (dagar):</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="196"/>
        <source>Follow up an &amp;application after (days):</source>
        <translation>Följ upp en &amp;ansökan efter (dagar):</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="200"/>
        <source>Your data</source>
        <translation>Dina data</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="203"/>
        <source>Saved automatically in:</source>
        <translation>Sparas automatiskt i:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="207"/>
        <source>Backups:</source>
        <translation>Säkerhetskopior:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="292"/>
        <source>Could not save the preferences</source>
        <translation>Det gick inte att spara inställningarna</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="293"/>
        <source>The preferences could not be saved: %s</source>
        <translation>Inställningarna kunde inte sparas: %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="93"/>
        <source>System language</source>
        <extracomment>the templates folder read once: the usable styles, and broken files with why</extracomment>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/preferences.py" line="176"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="329"/>
        <source>Report a Problem</source>
        <translation>Rapportera ett problem</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="333"/>
        <source>Copy this and paste it into your message, with what you did and what happened. It holds no text of your accomplishments.</source>
        <translation>Kopiera detta och klistra in det i ditt meddelande, tillsammans med vad du gjorde och vad som hände. Det innehåller ingen text från dina prestationer.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="338"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="341"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Kopiera till urklipp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="345"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="357"/>
        <source>Copied to the clipboard.</source>
        <translation>Kopierat till urklipp.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="193"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="196"/>
        <source>&amp;Headline</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="197"/>
        <source>IT leader who turns outages into uptime</source>
        <translation>IT-ledare som vänder driftstopp till driftsäkerhet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="199"/>
        <source>&amp;Email</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="200"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="203"/>
        <source>&amp;Location line</source>
        <translation>&amp;Platsrad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="204"/>
        <source>Stockholm, Sweden</source>
        <translation>Stockholm, Sverige</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="205"/>
        <source>The location as a résumé shows it</source>
        <translation>Platsen så som den visas på ett CV</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="207"/>
        <source>&amp;City</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="208"/>
        <source>&amp;Region</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="209"/>
        <source>P&amp;ostal code</source>
        <translation>Postn&amp;ummer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="210"/>
        <source>Countr&amp;y code</source>
        <translation>&amp;Landskod</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="211"/>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="212"/>
        <source>&amp;Web site</source>
        <translation>&amp;Webbplats</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="213"/>
        <source>&amp;Summary</source>
        <translation>&amp;Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="216"/>
        <source>Letter p&amp;itch</source>
        <translation>&amp;Brevets presentation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="219"/>
        <source>In the first person, for your cover letters: “I run IT operations that…”</source>
        <translation>I jagform, för dina personliga brev: ”Jag leder IT-drift som…”</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="222"/>
        <source>The paragraph about you that opens every cover letter (a target can have its own). The summary is for the résumé, written about you; a letter is written by you.</source>
        <translation>Stycket om dig som inleder varje personligt brev (en ansökan kan ha ett eget). Sammanfattningen är till CV:t och skriven om dig; ett brev skriver du själv.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="229"/>
        <source>Edit Letter Pitch</source>
        <translation>Redigera brevets presentation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="230"/>
        <source>S&amp;uggest from My Records</source>
        <translation>&amp;Föreslå utifrån mina uppgifter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="234"/>
        <source>Fill the letter pitch with a first-person draft made of your role, your strongest result and the skills your results prove, for you to rewrite (Undo brings back what was there)</source>
        <translation>Fyll presentationen med ett utkast i jagform av din roll, ditt starkaste resultat och kompetenserna dina resultat visar, att skriva om (Ångra tar tillbaka det som stod där)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="245"/>
        <source>Lin&amp;ks</source>
        <translation>Län&amp;kar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="248"/>
        <source>Links</source>
        <translation>Länkar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="262"/>
        <source>Add Link</source>
        <translation>Lägg till länk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="264"/>
        <source>Add link</source>
        <translation>Lägg till länk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="266"/>
        <source>Remove Link</source>
        <translation>Ta bort länk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="268"/>
        <source>Remove selected links</source>
        <translation>Ta bort markerade länkar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="275"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="310"/>
        <location filename="../../resume_builder/ui/views/registry.py" line="66"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="365"/>
        <source>Suggest Letter Pitch</source>
        <translation>Föreslå brevets presentation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/profile.py" line="370"/>
        <source>Nothing to suggest a pitch from yet: add a role or an accomplishment first.</source>
        <translation>Inget att föreslå en presentation utifrån än: lägg först till en roll eller en prestation.</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="53"/>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="163"/>
        <source>Quick Capture</source>
        <translation>Snabbanteckning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="59"/>
        <source>Accomplishment</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="61"/>
        <source>e.g. Cut release time from 2 days to 40 minutes by automating the pipeline</source>
        <translation>t.ex. Kortade releasetiden från 2 dagar till 40 minuter genom att automatisera pipelinen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="71"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="72"/>
        <source>No role</source>
        <translation>Ingen roll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="85"/>
        <source>Skills</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="86"/>
        <source>Skills, separated by commas (optional)</source>
        <translation>Kompetenser, åtskilda med kommatecken (valfritt)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="97"/>
        <source>&amp;Accomplishment:</source>
        <translation>&amp;Prestation:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="101"/>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="104"/>
        <source>&amp;Skills:</source>
        <translation>&amp;Kompetenser:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="113"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Spara (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="130"/>
        <source>Start with a verb and a number; you can add the story later.</source>
        <translation>Börja med ett verb och en siffra; berättelsen kan du lägga till senare.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/quick_capture.py" line="134"/>
        <source>Looks strong.</source>
        <translation>Ser starkt ut.</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="77"/>
        <source>%n accomplishment(s) match, best first.</source>
        <translation>
            <numerusform>%n prestation matchar.</numerusform>
            <numerusform>%n prestationer matchar, den bästa först.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../resume_builder/ui/forms.py" line="362"/>
        <source>2019-05 or May 2019</source>
        <extracomment>Ctrl+Shift+Z, the window&apos;s second Redo shortcut room kept above and below the focused field, so its label and border show too a field&apos;s text was refused (a bad date, a guard&apos;s objection); field name and a sentence `problems` changed: a field&apos;s problem appeared or was fixed the record shown changed (its id, or None) field -&gt; the sentence explaining why its text is not stored, until it is fixed field -&gt; guard(record, value) returning a sentence when the value must be refused field -&gt; the undo text of its edits (&quot;Rename Skill&quot;); default &quot;Edit &lt;label&gt;&quot;</extracomment>
        <translation>2019-05 eller maj 2019</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/forms.py" line="363"/>
        <source>May 2019 or present</source>
        <translation>maj 2019 eller present</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/forms.py" line="555"/>
        <source>Edit %s</source>
        <translation>Redigera %s</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../resume_builder/ui/views/record_page.py" line="265"/>
        <source>Filter…</source>
        <extracomment>the red of RecordForm&apos;s error border, so the message and the field match the window&apos;s Add action (main_window.py); shown in empty-state messages column -&gt; the width the user dragged it to (or restored from their settings) the selected rows changed (the window may enable Delete) the record in the editor changed (its id, or None)</extracomment>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/record_page.py" line="267"/>
        <source>Filter %s</source>
        <translation>Filtrera %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/record_page.py" line="297"/>
        <source>Use Add (%s) or the button below.</source>
        <translation>Använd Lägg till (%s) eller knappen nedan.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/record_page.py" line="338"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Relationships</name>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="41"/>
        <source>Manager</source>
        <extracomment>the row colour of someone not contacted for a while: amber, see-through, so the text stays readable on light and dark palettes; the tooltip and an icon say it too, never colour alone</extracomment>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="42"/>
        <source>Senior leader</source>
        <translation>Högre chef</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="43"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="44"/>
        <source>Advocate</source>
        <translation>Förespråkare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="45"/>
        <source>Recruiter</source>
        <translation>Rekryterare</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="46"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="47"/>
        <source>Peer</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/people.py" line="48"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="144"/>
        <source>Remove %n Requirement(s)</source>
        <translation>
            <numerusform>Ta bort %n krav</numerusform>
            <numerusform>Ta bort %n krav</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="91"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="110"/>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="112"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="112"/>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="137"/>
        <source>Filter by action or key…</source>
        <translation>Filtrera efter åtgärd eller tangent…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="139"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>SkillFilterButton</name>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="45"/>
        <source>Filter by skills</source>
        <extracomment>the popup grows with the skills up to this many rows, then scrolls</extracomment>
        <translation>Filtrera efter kompetenser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="46"/>
        <source>Show only accomplishments that have all the checked skills</source>
        <translation>Visa bara prestationer som har alla de markerade kompetenserna</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="50"/>
        <source>Skills to filter by</source>
        <translation>Kompetenser att filtrera efter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="84"/>
        <source>Skills (%n)</source>
        <translation>
            <numerusform>Kompetenser (%n)</numerusform>
            <numerusform>Kompetenser (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/accomplishments/filter_bar.py" line="84"/>
        <source>Skills</source>
        <translation>Kompetenser</translation>
    </message>
</context>
<context>
    <name>SkillTagEditor</name>
    <message>
        <location filename="../../resume_builder/ui/widgets/skill_tags.py" line="144"/>
        <source>Skills</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/widgets/skill_tags.py" line="148"/>
        <source>Add skill</source>
        <translation>Lägg till kompetens</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/widgets/skill_tags.py" line="150"/>
        <source>Type a skill and press Enter or comma; Backspace removes the last skill</source>
        <translation>Skriv en kompetens och tryck på Retur eller komma; Backsteg tar bort den sista kompetensen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/widgets/skill_tags.py" line="152"/>
        <source>Add a skill…</source>
        <translation>Lägg till en kompetens…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/widgets/skill_tags.py" line="211"/>
        <source>Add Skill “%s”</source>
        <translation>Lägg till kompetensen “%s”</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/widgets/skill_tags.py" line="228"/>
        <source>Remove Skill “%s”</source>
        <translation>Ta bort kompetensen “%s”</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/widgets/skill_tags.py" line="311"/>
        <source>Remove skill %s</source>
        <translation>Ta bort kompetensen %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/widgets/skill_tags.py" line="312"/>
        <source>Remove this skill</source>
        <translation>Ta bort den här kompetensen</translation>
    </message>
</context>
<context>
    <name>SkillsView</name>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="118"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="119"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="120"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="122"/>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="125"/>
        <source>How many accomplishments are tagged with the skill</source>
        <translation>Hur många prestationer som är taggade med kompetensen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="129"/>
        <source>Newest</source>
        <translation>Senaste</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="132"/>
        <source>The date of the newest accomplishment proving it</source>
        <translation>Datum för den senaste prestationen som styrker den</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="135"/>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="143"/>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="144"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="144"/>
        <source>Leadership</source>
        <translation>Ledarskap</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="147"/>
        <source>&amp;Aliases</source>
        <translation>&amp;Alias</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="149"/>
        <source>Other names for the skill, one per line (k8s for Kubernetes)</source>
        <translation>Andra namn på kompetensen, ett per rad (k8s för Kubernetes)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="151"/>
        <source>&amp;Level</source>
        <translation>N&amp;ivå</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="151"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="154"/>
        <source>skills</source>
        <translation>kompetenser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="155"/>
        <source>Add Skill</source>
        <translation>Lägg till kompetens</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/skills.py" line="156"/>
        <source>Delete %n Skill(s)</source>
        <translation>
            <numerusform>Ta bort %n kompetens</numerusform>
            <numerusform>Ta bort %n kompetenser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="158"/>
        <source>No skills yet. Tag accomplishments with skills to see which skills your record proves well, and which need more or newer evidence.</source>
        <translation>Inga kompetenser än. Tagga prestationer med kompetenser för att se vilka kompetenser dina meriter styrker väl, och vilka som behöver fler eller nyare belägg.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="161"/>
        <source>Select a skill to edit or merge it.</source>
        <translation>Markera en kompetens för att redigera den eller slå ihop den med en annan.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="178"/>
        <source>Rename Skill</source>
        <translation>Byt namn på kompetens</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="188"/>
        <location filename="../../resume_builder/ui/views/skills.py" line="195"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Slå ihop med…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="190"/>
        <source>Fold the selected skill into another; its accomplishments follow</source>
        <translation>Slå ihop den markerade kompetensen med en annan; dess prestationer följer med</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="197"/>
        <source>Merge into another skill</source>
        <translation>Slå ihop med en annan kompetens</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/registry.py" line="60"/>
        <location filename="../../resume_builder/ui/views/skills.py" line="219"/>
        <source>Skills</source>
        <translation>Kompetenser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="234"/>
        <source>Thin</source>
        <translation>Tunt belagd</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="235"/>
        <source>Stale</source>
        <translation>Inaktuell</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="236"/>
        <source>Well proven</source>
        <translation>Välbelagd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/skills.py" line="246"/>
        <source>Only %n accomplishment(s) prove this skill: record more evidence.</source>
        <translation>
            <numerusform>Bara %n prestation styrker den här kompetensen: lägg till fler belägg.</numerusform>
            <numerusform>Bara %n prestationer styrker den här kompetensen: lägg till fler belägg.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="251"/>
        <source>The newest proof is from %s, more than three years ago: record something recent.</source>
        <translation>Det senaste belägget är från %s, mer än tre år sedan: lägg till något nyare.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/skills.py" line="257"/>
        <source>%n accomplishment(s) prove this skill (none dated).</source>
        <translation>
            <numerusform>%n prestation styrker den här kompetensen (ingen daterad).</numerusform>
            <numerusform>%n prestationer styrker den här kompetensen (ingen daterad).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/skills.py" line="259"/>
        <source>%n accomplishment(s) prove this skill; the newest is from %1.</source>
        <translation>
            <numerusform>%n prestation styrker den här kompetensen; den är från %1.</numerusform>
            <numerusform>%n prestationer styrker den här kompetensen; den senaste är från %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="265"/>
        <source>New skill</source>
        <translation>Ny kompetens</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="271"/>
        <source>“%s” is already the name or an alias of the skill “%s”. To combine the two, select this skill and use Merge into….</source>
        <translation>“%s” är redan namnet på eller ett alias för kompetensen “%s”. Om du vill slå ihop dem markerar du den här kompetensen och väljer Slå ihop med….</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/skills.py" line="282"/>
        <source>“%s” already names the skill “%s”. To combine the two, use Merge into….</source>
        <translation>“%s” är redan ett namn på kompetensen “%s”. Om du vill slå ihop dem väljer du Slå ihop med….</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <location filename="../../resume_builder/ui/spelling.py" line="380"/>
        <source>No Suggestions</source>
        <extracomment>how long after the checker is made its word list starts loading (the window paints first) addresses are not prose: spelling them &quot;correctly&quot; would break them a word may hold inner apostrophes (&quot;don&apos;t&quot;, &quot;Dana’s&quot;); w covers å, ä, ö and every script distance-2 suggestions cost (54·n)² lookups; beyond this length the menu would stall typing produces a new partial word per keystroke; forget them all now and then letters rarer than this share of the dictionary&apos;s text are left out of suggestion edits the user&apos;s dictionary gained a word (it is already saved) the language&apos;s dictionary finished loading (or failed to: then nothing is flagged)</extracomment>
        <translation>Inga förslag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/spelling.py" line="384"/>
        <source>Add “{word}” to Dictionary</source>
        <translation>Lägg till “{word}” i ordlistan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/spelling.py" line="425"/>
        <source>Could Not Save the Dictionary</source>
        <translation>Det gick inte att spara ordlistan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/spelling.py" line="427"/>
        <source>“{word}” was not added, because {path} could not be written: {reason}</source>
        <translation>“{word}” lades inte till eftersom det inte gick att skriva till {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../resume_builder/ui/views/registry.py" line="42"/>
        <location filename="../../resume_builder/ui/views/start.py" line="379"/>
        <source>Start</source>
        <extracomment>&quot;module:ClassName&quot; of the CareerView subclass, imported when the page is first built the sidebar label, translated under the view class&apos;s own context (as its title() is)</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="137"/>
        <source>What&apos;s due</source>
        <extracomment>how many due entries the panel lists before &quot;See all&quot; the widest the page&apos;s content grows: on a big screen the columns stay readable, centred</extracomment>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="149"/>
        <source>What&apos;s due soonest</source>
        <translation>Det som förfaller först</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="150"/>
        <source>Click an entry, or press Enter, to open it</source>
        <translation>Klicka på en post, eller tryck på Retur, för att öppna den</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="173"/>
        <source>Job search</source>
        <translation>Jobbsökning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="196"/>
        <source>Quick actions</source>
        <translation>Snabbval</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="198"/>
        <source>&amp;Capture an accomplishment</source>
        <translation>&amp;Anteckna en prestation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="200"/>
        <source>Record a result in one line (Ctrl+N)</source>
        <translation>Anteckna ett resultat på en rad (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="202"/>
        <source>New &amp;target</source>
        <translation>Ny a&amp;nsökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="204"/>
        <source>Add a job posting to tailor a résumé for</source>
        <translation>Lägg till en platsannons att anpassa ett CV för</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="206"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="208"/>
        <source>Export a résumé or your Career Management Document</source>
        <translation>Exportera ett CV eller ditt karriärdokument</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="217"/>
        <source>First steps</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="221"/>
        <source>Your career record is empty. Start with the roles you held, then record what you achieved in each: résumés and your Career Management Document are cut from it.</source>
        <translation>Din karriärdatabas är tom. Börja med rollerna du har haft och anteckna sedan vad du uppnådde i var och en: dina CV:n och ditt karriärdokument tas fram ur den.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="228"/>
        <source>Add your first &amp;role</source>
        <translation>Lägg till din första &amp;roll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="232"/>
        <source>Capture an &amp;accomplishment</source>
        <translation>Anteckna en &amp;prestation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="236"/>
        <source>Explore the &amp;demo or import…</source>
        <translation>Utforska &amp;demon eller importera…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="239"/>
        <source>Load a fictional career to look around (Undo removes it), or import a résumé</source>
        <translation>Läs in en påhittad karriär och se dig omkring (Ångra tar bort den), eller importera ett CV</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="255"/>
        <source>Welcome back, %1</source>
        <translation>Välkommen tillbaka, %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="255"/>
        <source>Welcome</source>
        <translation>Välkommen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="277"/>
        <source>No deadline set yet.</source>
        <translation>Inget slutdatum angivet än.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="279"/>
        <source>Set the deadline and milestones</source>
        <translation>Ange slutdatum och delmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="283"/>
        <source>The plan&apos;s deadline has passed</source>
        <translation>Planens slutdatum har passerats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="285"/>
        <source>%n week(s) left</source>
        <translation>
            <numerusform>%n vecka kvar</numerusform>
            <numerusform>%n veckor kvar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="286"/>
        <source>on pace</source>
        <translation>i fas</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="286"/>
        <source>behind pace</source>
        <translation>efter i tid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="290"/>
        <source>%1 of %n milestone(s) met</source>
        <translation>
            <numerusform>%1 av %n delmål nått</numerusform>
            <numerusform>%1 av %n delmål nådda</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="298"/>
        <source>No applications yet.</source>
        <translation>Inga ansökningar än.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="300"/>
        <source>Add a target to apply for</source>
        <translation>Lägg till ett jobb att söka</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="308"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n ansökan</numerusform>
            <numerusform>%n ansökningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="321"/>
        <source>%n application(s) gone quiet for over %1 days</source>
        <translation>
            <numerusform>%n ansökan har stått still i över %1 dagar</numerusform>
            <numerusform>%n ansökningar har stått still i över %1 dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="334"/>
        <source>Nothing due in the next %n day(s).</source>
        <translation>
            <numerusform>Inget förfaller inom %n dag.</numerusform>
            <numerusform>Inget förfaller inom %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="337"/>
        <source>Follow-ups, action items, next steps and milestones show here when their day comes near.</source>
        <translation>Uppföljningar, åtgärder, nästa steg och delmål visas här när deras dag närmar sig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="341"/>
        <source>See all (%n)</source>
        <translation>
            <numerusform>Visa alla (%n)</numerusform>
            <numerusform>Visa alla (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/start.py" line="341"/>
        <source>Open What&apos;s Due</source>
        <translation>Öppna Att göra</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/start.py" line="343"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusColumnModel</name>
    <message>
        <location filename="../../resume_builder/ui/models/application_lists.py" line="234"/>
        <source>Drag to another column, or press %1 / %2 to move a column on</source>
        <extracomment>target ids, the status they were dropped on</extracomment>
        <translation>Dra till en annan kolumn, eller tryck på %1 / %2 för att flytta en kolumn</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="89"/>
        <source>Target</source>
        <extracomment>how long the posting must be still before its requirements are read again what the tailoring tab shows for the current target the posting text the tailoring was worked out from</extracomment>
        <translation>Ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="90"/>
        <source> (archived)</source>
        <translation> (arkiverad)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="98"/>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="101"/>
        <source>targets</source>
        <translation>ansökningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="102"/>
        <source>Add Target</source>
        <translation>Lägg till ansökan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/targets/view.py" line="103"/>
        <source>Delete %n Target(s)</source>
        <translation>
            <numerusform>Ta bort %n ansökan</numerusform>
            <numerusform>Ta bort %n ansökningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="105"/>
        <source>No targets yet. A target is one job you apply for: paste its posting, and the app finds what it asks for, suggests the accomplishments that prove it, and shows what your résumé does not cover yet.</source>
        <translation>Inga ansökningar än. En ansökan gäller ett jobb du söker: klistra in platsannonsen, så tar appen fram vad den efterfrågar, föreslår prestationer som styrker det och visar vad ditt CV ännu inte täcker.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="109"/>
        <source>Select a target, or add one for the next job you apply for.</source>
        <translation>Markera en ansökan, eller lägg till en för nästa jobb du söker.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="132"/>
        <source>&amp;Posting</source>
        <translation>A&amp;nnons</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="133"/>
        <source>T&amp;ailor</source>
        <translation>An&amp;passa</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="134"/>
        <source>&amp;Résumé</source>
        <translation>&amp;CV</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="135"/>
        <source>Cover &amp;Letter</source>
        <translation>Personligt &amp;brev</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="136"/>
        <source>Applica&amp;tion</source>
        <translation>L&amp;äge</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="272"/>
        <source>copy</source>
        <translation>kopia</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="290"/>
        <source>Target Not Unarchived</source>
        <translation>Ansökan avarkiverades inte</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="292"/>
        <source>Another target is called “%1”. Rename or archive it first, so that every target keeps a name of its own.</source>
        <translation>En annan ansökan heter ”%1”. Byt namn på den eller arkivera den först, så att varje ansökan har ett eget namn.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/registry.py" line="90"/>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="190"/>
        <source>Targets</source>
        <translation>Ansökningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="233"/>
        <source>Show archi&amp;ved</source>
        <translation>Visa ar&amp;kiverade</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="236"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="239"/>
        <source>Start a new target from this one: same choices and wording, no exports</source>
        <translation>Starta en ny ansökan utifrån den här: samma val och formuleringar, men inga exporter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="242"/>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="262"/>
        <source>Arc&amp;hive</source>
        <translation>Ark&amp;ivera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="245"/>
        <source>Put a finished application out of the way; it keeps everything</source>
        <translation>Lägg undan en avslutad ansökan; allt i den finns kvar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="27"/>
        <source>&amp;Company</source>
        <translation>&amp;Företag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="28"/>
        <source>Northwind Retail</source>
        <translation>Northwind Retail</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="32"/>
        <source>Job &amp;title</source>
        <translation>&amp;Yrkestitel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="33"/>
        <source>Head of IT Operations</source>
        <translation>Chef för IT-drift</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="37"/>
        <source>&amp;Name</source>
        <translation>Na&amp;mn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="42"/>
        <source>L&amp;ocation</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="43"/>
        <source>Stockholm</source>
        <translation>Stockholm</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="45"/>
        <source>Lin&amp;k</source>
        <translation>&amp;Länk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="48"/>
        <source>Posting &amp;text</source>
        <translation>Annons&amp;text</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="50"/>
        <source>Paste the whole job posting here.</source>
        <translation>Klistra in hela platsannonsen här.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="52"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="95"/>
        <source>There is already a target called “%1”; choose another name.</source>
        <translation>Det finns redan en ansökan som heter ”%1”; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="58"/>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="48"/>
        <source>Requirement</source>
        <extracomment>the user ticked (True) or unticked a requirement&apos;s must-have box: its term</extracomment>
        <translation>Krav</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="49"/>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="90"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="50"/>
        <source>Must have</source>
        <translation>Måste ha</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="64"/>
        <source>Add a requirement…</source>
        <translation>Lägg till ett krav…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="67"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="70"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="73"/>
        <source>Remove the selected requirements (Del)</source>
        <translation>Ta bort de markerade kraven (Del)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="76"/>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="110"/>
        <source>Restore Removed</source>
        <translation>Återställ borttagna</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="83"/>
        <source>What the posting asks for</source>
        <translation>Vad annonsen efterfrågar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="185"/>
        <source>Match: %p%</source>
        <translation>Matchning: %p %</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="186"/>
        <source>Match score</source>
        <translation>Matchningsgrad</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="195"/>
        <source>Gaps</source>
        <translation>Luckor</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="200"/>
        <source>Double-click (or Enter on) a suggestion to put it on the résumé</source>
        <translation>Dubbelklicka på ett förslag (eller tryck på Retur) för att lägga till det i CV:t</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="208"/>
        <source>Coverage</source>
        <translation>Täckning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="93"/>
        <source>Exports</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="38"/>
        <source>(optional) what you call this application</source>
        <translation>(valfritt) vad du vill kalla ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="211"/>
        <source>Gaps, and what would close them:</source>
        <translation>Luckor, och vad som skulle täcka dem:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="42"/>
        <source>Suggested accomplishments</source>
        <translation>Föreslagna prestationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/ranking.py" line="50"/>
        <source>Accomplishment</source>
        <extracomment>the user ticked (True) or unticked a suggestion: its accomplishment id</extracomment>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/ranking.py" line="51"/>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/ranking.py" line="52"/>
        <source>Matches</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="53"/>
        <source>Suggested accomplishments (tick the ones to use)</source>
        <translation>Föreslagna prestationer (kryssa för dem du vill använda)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="99"/>
        <source>On this résumé</source>
        <translation>I det här CV:t</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="111"/>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="113"/>
        <source>Move the bullet up (Alt+Up)</source>
        <translation>Flytta upp punkten (Alt+Upp)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="115"/>
        <source>Move &amp;Down</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="117"/>
        <source>Move the bullet down (Alt+Down)</source>
        <translation>Flytta ned punkten (Alt+Ned)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="123"/>
        <source>Re&amp;word</source>
        <translation>&amp;Omformulera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="126"/>
        <source>Word this bullet for this target only (F2); the accomplishment stays as it is</source>
        <translation>Formulera om punkten bara för den här ansökan (F2); prestationen förblir som den är</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="132"/>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="248"/>
        <source>Original Wording</source>
        <translation>Ursprunglig formulering</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="135"/>
        <source>Take Off</source>
        <translation>Ta bort från CV</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="138"/>
        <source>Take the bullet off this résumé (Del)</source>
        <translation>Ta bort punkten från det här CV:t (Del)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="146"/>
        <source>On this résumé (drag to reorder, double-click to reword)</source>
        <translation>I det här CV:t (dra för att ändra ordning, dubbelklicka för att omformulera)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="164"/>
        <source>Each bullet appears under its role; within a role, in this order. Reworded bullets are in italics.</source>
        <translation>Varje punkt visas under sin roll, och inom rollen i den här ordningen. Omformulerade punkter står i kursiv stil.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/tailor.py" line="56"/>
        <source>Paste the job posting on the Posting tab: its requirements and the accomplishments that prove them show up here.</source>
        <translation>Klistra in platsannonsen på fliken Annons: dess krav och de prestationer som styrker dem visas sedan här.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="58"/>
        <source>Edit Company</source>
        <translation>Redigera företag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="59"/>
        <source>Edit Job Title</source>
        <translation>Redigera yrkestitel</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="60"/>
        <source>Edit Application Name</source>
        <translation>Redigera ansökans namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="61"/>
        <source>Edit Location</source>
        <translation>Redigera ort</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="62"/>
        <source>Edit Link</source>
        <translation>Redigera länk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="63"/>
        <source>Edit Job Posting</source>
        <translation>Redigera platsannons</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="54"/>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="57"/>
        <source>External: another employer. Internal: a move where you work</source>
        <translation>Extern: en annan arbetsgivare. Intern: ett byte där du arbetar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="63"/>
        <source>Or&amp;ganisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="65"/>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="229"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="69"/>
        <source>Ne&amp;xt step</source>
        <translation>Nästa st&amp;eg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="70"/>
        <source>Send the references to the recruiter</source>
        <translation>Skicka referenserna till rekryteraren</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="74"/>
        <source>Next step &amp;when</source>
        <translation>Datu&amp;m för nästa steg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="76"/>
        <source>2026-03-20, or March 2026</source>
        <translation>2026-03-20, eller mars 2026</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="77"/>
        <source>When the next step is due: What&apos;s Due lists it</source>
        <translation>När nästa steg ska vara klart: Att göra listar det</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="81"/>
        <source>Salar&amp;y</source>
        <translation>L&amp;ön</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="82"/>
        <source>SEK 85–95k a month, plus pension</source>
        <translation>85–95 000 kr i månaden, plus pension</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="83"/>
        <source>The salary you ask for or were offered</source>
        <translation>Lönen du begär eller har erbjudits</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="87"/>
        <source>N&amp;otes</source>
        <translation>&amp;Anteckningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="89"/>
        <source>The same notes as on the Posting tab</source>
        <translation>Samma anteckningar som på fliken Annons</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="115"/>
        <source>Edit Kind of Application</source>
        <translation>Redigera ansökans typ</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="116"/>
        <source>Link Organisation</source>
        <translation>Länka organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="117"/>
        <source>Edit Next Step</source>
        <translation>Redigera nästa steg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="118"/>
        <source>Edit Next Step Date</source>
        <translation>Redigera datum för nästa steg</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="119"/>
        <source>Edit Salary Expectations</source>
        <translation>Redigera löneanspråk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="120"/>
        <location filename="../../resume_builder/ui/views/targets/posting.py" line="64"/>
        <source>Edit Notes</source>
        <translation>Redigera anteckningar</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="124"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="127"/>
        <source>Show the organisation on the Organisations page</source>
        <translation>Visa organisationen på sidan Organisationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application.py" line="230"/>
        <source>(unnamed)</source>
        <translation>(namnlös)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="45"/>
        <source>&amp;Headline</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="46"/>
        <source>(your profile&apos;s headline)</source>
        <translation>(rubriken från din profil)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="47"/>
        <source>The line under your name, for this employer only</source>
        <translation>Raden under ditt namn, bara för den här arbetsgivaren</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="51"/>
        <source>&amp;Summary</source>
        <translation>&amp;Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="54"/>
        <source>Page tar&amp;get</source>
        <translation>Sid&amp;mål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="58"/>
        <source>How many pages this résumé should take</source>
        <translation>Hur många sidor det här CV:t ska vara</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="64"/>
        <source>Edit Headline</source>
        <translation>Redigera rubrik</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="65"/>
        <source>Edit Summary</source>
        <translation>Redigera sammanfattning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="66"/>
        <source>Edit Page Target</source>
        <translation>Redigera sidmål</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="73"/>
        <source>Roles shown</source>
        <translation>Roller som visas</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="78"/>
        <source>Preview and &amp;Export Résumé…</source>
        <translation>Förhandsvisa och &amp;exportera CV…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="85"/>
        <source>Documents sent</source>
        <translation>Skickade dokument</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/targets.py" line="184"/>
        <source>When</source>
        <extracomment>the accomplishment or role id a row stands for the requirement term a row stands for the file an export row names the user ticked (True) or unticked (False) a role: its id the exports table&apos;s columns: the template&apos;s and the file&apos;s</extracomment>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/targets.py" line="185"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/targets.py" line="186"/>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/targets.py" line="187"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="95"/>
        <source>Double-click a row to open the file</source>
        <translation>Dubbelklicka på en rad för att öppna filen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="104"/>
        <source>Roles shown (untick to leave a role out)</source>
        <translation>Roller som visas (kryssa ur en roll för att utelämna den)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="115"/>
        <source>Documents sent for this target</source>
        <translation>Dokument som skickats för den här ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="121"/>
        <source>Preview of the cover letter</source>
        <translation>Förhandsvisning av det personliga brevet</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="120"/>
        <source>Preview of the résumé</source>
        <translation>Förhandsvisning av CV:t</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="34"/>
        <source>Pitch in the &amp;first person</source>
        <translation>Presentation i &amp;jagform</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="36"/>
        <source>Empty: your profile&apos;s pitch. In the first person, what you do and for whom: “I run IT operations that…”</source>
        <translation>Tom: profilens presentation. I jagform, vad du gör och för vem: ”Jag leder IT-drift som…”</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="41"/>
        <source>The letter&apos;s own paragraph about you, for this job. The résumé summary is not used: it is written about you, and a letter is written by you.</source>
        <translation>Brevets eget stycke om dig, för det här jobbet. CV:ts sammanfattning används inte: den är skriven om dig, och ett brev skriver du själv.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="50"/>
        <source>Le&amp;tter</source>
        <translation>Brev&amp;text</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="53"/>
        <source>Edit Cover Letter</source>
        <translation>Redigera personligt brev</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="54"/>
        <source>Edit Letter Pitch</source>
        <translation>Redigera brevets presentation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="62"/>
        <source>Draft the letter from its template, then make it yours. It may only claim what your records show.</source>
        <translation>Skapa ett utkast till brevet från mallen och gör det sedan till ditt eget. Det får bara påstå sådant som dina meriter visar.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="76"/>
        <source>&amp;Draft from Template</source>
        <translation>Skapa &amp;utkast från mall</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="79"/>
        <source>Fill the letter with the company, the role, your pitch and your best-matching accomplishments, in the language chosen (Undo brings back what was there)</source>
        <translation>Fyll brevet med företaget, rollen, din presentation och dina bäst matchande prestationer, på valt språk (Ångra tar tillbaka det som stod där)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="86"/>
        <source>Su&amp;ggest from My Records</source>
        <translation>Före&amp;slå utifrån mina uppgifter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="89"/>
        <source>Fill the pitch with a first-person draft made of your role, your best result for this job and the skills it proves, for you to rewrite (Undo brings back what was there)</source>
        <translation>Fyll presentationen med ett utkast i jagform av din roll, ditt bästa resultat för jobbet och kompetenserna det visar, att skriva om (Ångra tar tillbaka det som stod där)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="99"/>
        <source>Preview and E&amp;xport Letter…</source>
        <translation>Förhandsvisa och &amp;exportera brev…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/letter.py" line="109"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="273"/>
        <source>Duplicate Target</source>
        <translation>Duplicera ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="284"/>
        <source>Unarchive Target</source>
        <translation>Avarkivera ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="284"/>
        <source>Archive Target</source>
        <translation>Arkivera ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="262"/>
        <source>Unarc&amp;hive</source>
        <translation>Avark&amp;ivera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/tailor.py" line="64"/>
        <source>Reading your accomplishments…</source>
        <translation>Läser dina prestationer…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="56"/>
        <source>skill</source>
        <translation>kompetens</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="57"/>
        <source>phrase</source>
        <translation>fras</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="58"/>
        <source>acronym</source>
        <translation>förkortning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="59"/>
        <source>term</source>
        <translation>term</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="112"/>
        <source>Added by you</source>
        <translation>Tillagt av dig</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="106"/>
        <source>must have</source>
        <translation>måste ha</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="108"/>
        <source>Restore Removed (%1)</source>
        <translation>Återställ borttagna (%1)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/ranking.py" line="115"/>
        <source>Matches: %1</source>
        <translation>Träffar: %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="66"/>
        <source>Showing the best %1 of %2 accomplishments that match.</source>
        <translation>Visar de %1 bäst matchande av %2 prestationer.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="72"/>
        <source>No accomplishment matches these requirements yet.</source>
        <translation>Ingen prestation matchar de här kraven än.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/ranking.py" line="187"/>
        <source>(no role)</source>
        <extracomment>the user moved a bullet: the ids in their new order the user typed a new wording for a bullet: its id and the text</extracomment>
        <translation>(ingen roll)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/ranking.py" line="189"/>
        <source>Master wording: %1</source>
        <translation>Ursprunglig formulering: %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="230"/>
        <source>Covered %1 of %2: %3</source>
        <translation>Täcker %1 av %2: %3</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="239"/>
        <source>The chosen bullets cover none of the requirements yet.</source>
        <translation>De valda punkterna täcker inget av kraven ännu.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="235"/>
        <source>(must have)</source>
        <translation>(måste ha)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="227"/>
        <source>Double-click to put it on the résumé</source>
        <translation>Dubbelklicka för att lägga till den i CV:t</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/requirements.py" line="219"/>
        <source>No accomplishment shows this yet.</source>
        <extracomment>the suggestions that would close it (not yet on the résumé)</extracomment>
        <translation>Ingen prestation visar detta än.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/targets.py" line="198"/>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="198"/>
        <source>Résumé</source>
        <extracomment>each row&apos;s moment (local date and time) and whole path, for its tooltips</extracomment>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/targets.py" line="199"/>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="199"/>
        <location filename="../../resume_builder/ui/views/targets/documents.py" line="109"/>
        <source>Cover letter</source>
        <translation>Personligt brev</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="129"/>
        <source>Add Requirement “%1”</source>
        <translation>Lägg till kravet “%1”</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="142"/>
        <source>Remove Requirement “%1”</source>
        <translation>Ta bort kravet “%1”</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="158"/>
        <source>Restore Removed Requirements</source>
        <translation>Återställ borttagna krav</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="166"/>
        <source>Mark “%1” Must-Have</source>
        <translation>Markera “%1” som ett måste</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/requirements.py" line="168"/>
        <source>Mark “%1” Nice-to-Have</source>
        <translation>Markera “%1” som meriterande</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="232"/>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="345"/>
        <source>Take Bullet Off the Résumé</source>
        <translation>Ta bort punkt från CV:t</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/view.py" line="338"/>
        <source>Use Bullet</source>
        <translation>Använd punkt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="214"/>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="221"/>
        <source>Move Bullet</source>
        <translation>Flytta punkt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/bullets.py" line="251"/>
        <source>Reword Bullet</source>
        <translation>Omformulera punkt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="139"/>
        <source>Hide Role</source>
        <translation>Dölj roll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="137"/>
        <source>Show Role</source>
        <translation>Visa roll</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/documents.py" line="132"/>
        <source>Draft Cover Letter</source>
        <translation>Skapa utkast till personligt brev</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/documents.py" line="106"/>
        <source>Export for %1</source>
        <translation>Exportera för %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/documents.py" line="108"/>
        <source>Résumé for this target</source>
        <translation>CV för den här ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/documents.py" line="151"/>
        <source>Suggest Letter Pitch</source>
        <translation>Föreslå brevets presentation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/documents.py" line="156"/>
        <source>Nothing to suggest a pitch from yet: add a role or an accomplishment first.</source>
        <translation>Inget att föreslå en presentation utifrån än: lägg först till en roll eller en prestation.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="149"/>
        <source>File Not Found</source>
        <translation>Filen hittades inte</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/resume.py" line="150"/>
        <source>“%1” is no longer there; it was moved or deleted.</source>
        <translation>“%1” finns inte längre där; filen har flyttats eller tagits bort.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/target_application.py" line="34"/>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="88"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/target_application.py" line="35"/>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="115"/>
        <source>Status</source>
        <extracomment>rows a short table shows before it scrolls</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/models/target_application.py" line="36"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="48"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="49"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="50"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="66"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="69"/>
        <source>Double-click a person to open them on the People page</source>
        <translation>Dubbelklicka på en person för att öppna den på sidan Personer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="73"/>
        <source>Choos&amp;e…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="76"/>
        <source>Choose the application&apos;s contacts</source>
        <translation>Välj ansökans kontakter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="79"/>
        <source>Re&amp;move</source>
        <translation>Ta bo&amp;rt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="82"/>
        <source>Remove the selected contact</source>
        <translation>Ta bort den markerade kontakten</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="89"/>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="99"/>
        <source>Meetings held for it</source>
        <translation>Möten som hållits om ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="104"/>
        <source>Double-click a meeting to open it on the Meetings page</source>
        <translation>Dubbelklicka på ett möte för att öppna det på sidan Möten</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="108"/>
        <source>No meetings yet. On the Meetings page, a meeting names the target it is about.</source>
        <translation>Inga möten än. På sidan Möten anger ett möte vilken ansökan det gäller.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="120"/>
        <source>Show the &amp;Files Sent</source>
        <translation>Visa skickade &amp;filer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="123"/>
        <source>The Résumé tab lists every file sent, and opens it</source>
        <translation>Fliken CV listar alla skickade filer och öppnar dem</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="136"/>
        <source>&amp;Contacts</source>
        <translation>K&amp;ontakter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="140"/>
        <source>Meeti&amp;ngs held for it</source>
        <translation>Möten som hå&amp;llits</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="144"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="192"/>
        <source>Nothing sent yet. Export the résumé or the letter from their tabs, and each file is recorded here.</source>
        <translation>Inget skickat än. Exportera CV:t eller brevet från deras flikar, så antecknas varje fil här.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="225"/>
        <source>Contacts for the Application</source>
        <translation>Kontakter för ansökan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="226"/>
        <source>Tick the people you talk this application over with: recruiters, the hiring manager, whoever referred you. Add people on the People page first if they are not listed.</source>
        <translation>Kryssa för de personer du pratar med om ansökan: rekryterare, den rekryterande chefen, den som rekommenderade dig. Lägg först till personer på sidan Personer om de inte finns i listan.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="244"/>
        <source>Choose Contacts</source>
        <translation>Välj kontakter</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_links.py" line="255"/>
        <source>Remove Contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="117"/>
        <source>Choose where the application stands now: the change is recorded in its history, dated as below</source>
        <translation>Välj var ansökan står nu: ändringen sparas i historiken, med datumet nedan</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="130"/>
        <source>Day of the change</source>
        <translation>Ändringens dag</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="134"/>
        <source>The day the next change happened (today unless you say otherwise); set it before choosing the status</source>
        <translation>Dagen då nästa ändring skedde (i dag om du inte anger något annat); ange den innan du väljer status</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="142"/>
        <source>Note on the change</source>
        <translation>Anteckning om ändringen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="143"/>
        <source>(optional) note on the change</source>
        <translation>(valfritt) anteckning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="156"/>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="168"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="170"/>
        <source>Change &amp;dated</source>
        <translation>Ändringens dat&amp;um</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="183"/>
        <source>Where it stands</source>
        <extracomment>the grid&apos;s labels, made as wide as the form&apos;s below so the fields line up</extracomment>
        <translation>Läget nu</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="187"/>
        <source>H&amp;istory, newest first</source>
        <translation>&amp;Historik, nyast först</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="215"/>
        <source>since %1</source>
        <translation>sedan %1</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/targets/application_status.py" line="243"/>
        <source>Move “%1” to %2</source>
        <translation>Flytta ”%1” till %2</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="194"/>
        <source>User Guide</source>
        <translation>Användarhandbok</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="203"/>
        <source>The user guide could not be read: %s</source>
        <translation>Användarhandboken kunde inte läsas: %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/help.py" line="216"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../resume_builder/ui/views/welcome.py" line="29"/>
        <source>Welcome to %s</source>
        <translation>Välkommen till %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/welcome.py" line="34"/>
        <source>Keep the complete record of your working life here: every role and every result you can prove, with the story and numbers behind it. Résumés and your Career Management Document are cut from it.

Your data stays on this computer.</source>
        <translation>Samla hela ditt yrkesliv här: varje roll och varje resultat du kan belägga, med berättelsen och siffrorna bakom. Dina CV:n och ditt karriärdokument tas fram ur det.

Dina uppgifter stannar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/welcome.py" line="42"/>
        <source>Start with an empty record</source>
        <translation>Börja med ett tomt register</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/welcome.py" line="43"/>
        <source>Add your roles, then capture accomplishments with Ctrl+N.</source>
        <translation>Lägg till dina roller och anteckna sedan prestationer med Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/welcome.py" line="50"/>
        <source>Explore a demo career</source>
        <translation>Utforska en demokarriär</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/welcome.py" line="52"/>
        <source>Load a fictional career with %1 and %2; Undo removes it.</source>
        <translation>Läs in en påhittad karriär med %1 och %2; Ångra tar bort den.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/welcome.py" line="53"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n roll</numerusform>
            <numerusform>%n roller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/welcome.py" line="54"/>
        <source>%n accomplishment(s)</source>
        <translation>
            <numerusform>%n prestation</numerusform>
            <numerusform>%n prestationer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/welcome.py" line="58"/>
        <source>Import a résumé…</source>
        <translation>Importera ett CV…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/welcome.py" line="60"/>
        <source>Bring in a JSON Resume file or a LinkedIn data export; you see what will be added before anything is written.</source>
        <translation>Hämta in en JSON Resume-fil eller en dataexport från LinkedIn; du ser vad som läggs till innan något skrivs.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/views/welcome.py" line="89"/>
        <source>Load Demo Career</source>
        <translation>Läs in demokarriär</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="53"/>
        <source>&amp;Quick Capture…</source>
        <translation>&amp;Snabbanteckning…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="57"/>
        <source>Record an accomplishment in one line, from anywhere</source>
        <translation>Anteckna en prestation på en rad, var du än är i appen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="60"/>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="64"/>
        <source>Add a record to the current view</source>
        <translation>Lägg till en post i den aktuella vyn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="68"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="72"/>
        <source>Export a résumé or the Career Management Document as PDF, Word or text</source>
        <translation>Exportera ett CV eller karriärdokumentet som PDF, Word eller text</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="76"/>
        <source>&amp;Meeting Brief…</source>
        <translation>Mötes&amp;underlag…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="78"/>
        <source>Export the brief for a meeting or a target as PDF or Word</source>
        <translation>Exportera underlaget för ett möte eller en ansökan som PDF eller Word</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="81"/>
        <source>Pr&amp;ogress Pack…</source>
        <translation>Läges&amp;rapport…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="83"/>
        <source>Export a period&apos;s progress and copy the update note for your manager</source>
        <translation>Exportera en periods framsteg och kopiera lägesuppdateringen till din chef</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="86"/>
        <source>Export Ca&amp;lendar…</source>
        <translation>Exportera kalen&amp;der…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="89"/>
        <source>Write meetings and what is due as an .ics file to import into your own calendar</source>
        <translation>Skriv möten och det som förfaller till en .ics-fil som du kan importera i din egen kalender</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="93"/>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="97"/>
        <source>Delete the selected records (can be undone)</source>
        <translation>Ta bort de markerade posterna (kan ångras)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="100"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="103"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="113"/>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="117"/>
        <source>Filter the current view</source>
        <translation>Filtrera den aktuella vyn</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="120"/>
        <source>Save a &amp;Copy As…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="124"/>
        <source>Write the whole database to another file</source>
        <translation>Skriv hela databasen till en annan fil</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="127"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;portera…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="131"/>
        <source>Import a JSON Resume file or a LinkedIn data export (ZIP), with a preview</source>
        <translation>Importera en JSON Resume-fil eller en dataexport från LinkedIn (ZIP), med förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="134"/>
        <source>Import LinkedIn Export &amp;Folder…</source>
        <translation>Importera LinkedIn-export från &amp;mapp…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="138"/>
        <source>Import the extracted folder of a LinkedIn data export, with a preview</source>
        <translation>Importera den uppackade mappen från en dataexport från LinkedIn, med förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="141"/>
        <source>Import &amp;Résumé (DOCX or PDF)…</source>
        <translation>Importera &amp;CV (DOCX eller PDF)…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="145"/>
        <source>Read a résumé you already have (Word or PDF) into roles and accomplishments</source>
        <translation>Läs in ett CV du redan har (Word eller PDF) som roller och prestationer</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="148"/>
        <source>&amp;Back Up…</source>
        <translation>Säker&amp;hetskopiera…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="152"/>
        <source>Save the whole career record and your dictionary in one ZIP file</source>
        <translation>Spara hela karriärdatabasen och din ordlista i en ZIP-fil</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="155"/>
        <source>&amp;Restore…</source>
        <translation>Å&amp;terställ…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="159"/>
        <source>Restore an automatic backup or a backup file</source>
        <translation>Återställ en automatisk säkerhetskopia eller en säkerhetskopieringsfil</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="162"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="168"/>
        <source>Choose the language, the defaults of new documents and the reminders</source>
        <translation>Välj språk, standardval för nya dokument och påminnelser</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="172"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="172"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="175"/>
        <source>&amp;About %s</source>
        <translation>&amp;Om %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="179"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="183"/>
        <source>Read how to capture, tailor and export, without leaving the app</source>
        <translation>Läs hur du antecknar, anpassar och exporterar, utan att lämna appen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="186"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="190"/>
        <source>List every keyboard shortcut of the window</source>
        <translation>Visa alla kortkommandon i fönstret</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="193"/>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Rapportera ett problem…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="197"/>
        <source>Copy the versions, the platform and the log&apos;s end for a problem report</source>
        <translation>Kopiera versioner, plattform och slutet av loggen till en problemrapport</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="208"/>
        <source>Show %s</source>
        <translation>Visa %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="214"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="233"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="239"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="242"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_actions.py" line="250"/>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
</context>
<context>
    <name>WindowTransfers</name>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="24"/>
        <source>Save a Copy As</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="24"/>
        <source>Database (*.json)</source>
        <translation>Databas (*.json)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="33"/>
        <location filename="../../resume_builder/ui/window_transfers.py" line="173"/>
        <source>Could not save</source>
        <translation>Det gick inte att spara</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="35"/>
        <source>Copy written to %s</source>
        <translation>Kopian har sparats i %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="46"/>
        <source>Export Calendar</source>
        <translation>Exportera kalender</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="46"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="57"/>
        <source>Could not export the calendar</source>
        <translation>Det gick inte att exportera kalendern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/window_transfers.py" line="60"/>
        <source>%n calendar entries written to %1</source>
        <translation>
            <numerusform>%n kalenderpost skrevs till %1</numerusform>
            <numerusform>%n kalenderposter skrevs till %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="67"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="70"/>
        <source>JSON Resume or LinkedIn export (*.json *.zip);;JSON Resume (*.json);;LinkedIn data export (*.zip);;All files (*)</source>
        <translation>JSON Resume eller LinkedIn-export (*.json *.zip);;JSON Resume (*.json);;Dataexport från LinkedIn (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="79"/>
        <source>Import LinkedIn Export Folder</source>
        <translation>Importera LinkedIn-export från mapp</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="87"/>
        <source>Import Résumé</source>
        <translation>Importera CV</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="89"/>
        <source>Résumé (*.docx *.pdf);;Word document (*.docx);;PDF (*.pdf);;All files (*)</source>
        <translation>CV (*.docx *.pdf);;Word-dokument (*.docx);;PDF (*.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="108"/>
        <source>Reading %s…</source>
        <translation>Läser %s…</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="122"/>
        <source>Cannot Import</source>
        <translation>Det går inte att importera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="165"/>
        <source>Back Up</source>
        <translation>Säkerhetskopiera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="167"/>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP-arkiv (*.zip)</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="178"/>
        <source>Could not back up</source>
        <translation>Det gick inte att säkerhetskopiera</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/window_transfers.py" line="180"/>
        <source>Backup written to %s</source>
        <translation>Säkerhetskopian skrevs till %s</translation>
    </message>
</context>
<context>
    <name>_DocumentDialog</name>
    <message numerus="yes">
        <location filename="../../resume_builder/ui/views/conversation_exports.py" line="232"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Skrev %1 (%n sida).</numerusform>
            <numerusform>Skrev %1 (%n sidor).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../resume_builder/app.py" line="140"/>
        <source>Already open</source>
        <translation>Redan öppen</translation>
    </message>
    <message>
        <location filename="../../resume_builder/app.py" line="141"/>
        <source>Resume Builder is already using %1, in another window or in a command that is writing to it. Close it or wait for the command to finish, or use another data folder.</source>
        <translation>Resume Builder används redan för %1, i ett annat fönster eller av ett kommando som skriver till den. Stäng det eller vänta tills kommandot är klart, eller använd en annan datamapp.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/app.py" line="69"/>
        <source>Newer data format</source>
        <extracomment>how long a second launch keeps asking a window that holds the lock but does not answer yet (it may still be starting) set (to anything) for a window that closes itself, the normal way, once its folder is open and its first page is up: how packaging/smoke_test.py proves a frozen build starts and quits</extracomment>
        <translation>Nyare dataformat</translation>
    </message>
    <message>
        <location filename="../../resume_builder/app.py" line="75"/>
        <source>Damaged database</source>
        <translation>Skadad databas</translation>
    </message>
    <message>
        <location filename="../../resume_builder/app.py" line="82"/>
        <source>Restore Newest Backup</source>
        <translation>Återställ senaste säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../resume_builder/app.py" line="86"/>
        <source>Start Empty</source>
        <translation>Börja tomt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/app.py" line="90"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../resume_builder/app.py" line="99"/>
        <source>Restore failed</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <location filename="../../resume_builder/app.py" line="291"/>
        <source>Resume Builder is already open on this data folder; its window was brought to the front.</source>
        <translation>Resume Builder är redan öppet på den här datamappen; dess fönster har tagits fram.</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../resume_builder/ui/commands.py" line="87"/>
        <source>Edit %s</source>
        <translation>Redigera %s</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/commands.py" line="128"/>
        <source>Merge Skills</source>
        <translation>Slå ihop kompetenser</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="15"/>
        <source>Classic</source>
        <translation>Klassisk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="17"/>
        <source>Single column, serif type, black on white: at home in any industry.</source>
        <translation>En spalt, antikva, svart på vitt: passar i alla branscher.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="21"/>
        <source>Compact</source>
        <translation>Kompakt</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="23"/>
        <source>Smaller type and tight spacing for long careers on two pages.</source>
        <translation>Mindre text och tätt radavstånd för långa karriärer på två sidor.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="27"/>
        <source>Modern</source>
        <translation>Modern</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="28"/>
        <source>Clean sans type with a blue accent; left-aligned header.</source>
        <translation>Ren sanserif med blå accent; vänsterställt sidhuvud.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="31"/>
        <source>Executive</source>
        <translation>Chef</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="33"/>
        <source>Serif type, navy headings and wide margins for senior leadership roles.</source>
        <translation>Antikva, marinblå rubriker och breda marginaler för ledande befattningar.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="38"/>
        <source>European</source>
        <translation>Europeisk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="40"/>
        <source>Sans type, dates as 05/2019, languages after education: a CV as Europe reads it.</source>
        <translation>Sanserif, datum som 05/2019, språk efter utbildning: ett CV som Europa läser det.</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="45"/>
        <source>Technical</source>
        <translation>Teknisk</translation>
    </message>
    <message>
        <location filename="../../resume_builder/ui/template_words.py" line="47"/>
        <source>Skills and projects up front, ISO dates and a teal accent, for engineering roles.</source>
        <translation>Kompetenser och projekt först, ISO-datum och blågrön accent, för tekniska roller.</translation>
    </message>
</context>
</TS>
