<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../../planner/gui/commands.py" line="+76"/>
        <source>Place “%s”</source>
        <extracomment>Consecutive resizes or keyboard moves of the same block merge into one undo step.</extracomment>
        <translation>„%s“ einplanen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move “%s”</source>
        <translation>„%s“ verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unplace “%s”</source>
        <translation>„%s“ aus dem Plan nehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Unplace %n item(s)</source>
        <translation>
            <numerusform>%n Block aus dem Plan nehmen</numerusform>
            <numerusform>%n Blöcke aus dem Plan nehmen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change duration of “%s”</source>
        <translation>Dauer von „%s“ ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit “%s”</source>
        <translation>„%s“ bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pin “%s”</source>
        <translation>„%s“ fixieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpin “%s”</source>
        <translation>Fixierung von „%s“ lösen</translation>
    </message>
    <message>
        <location filename="../../planner/gui/editors/edit_commands.py" line="+41"/>
        <source>Change event settings</source>
        <translation>Veranstaltung ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add room “%1”</source>
        <translation>Raum „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename room “%1” to “%2”</source>
        <translation>Raum „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit room “%1”</source>
        <translation>Raum „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete room “%1”</source>
        <translation>Raum „%1“ löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reorder rooms</source>
        <translation>Räume umsortieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add speaker “%1”</source>
        <translation>„%1“ zu den Referierenden hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit speaker “%1”</source>
        <translation>Referierende Person „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete speaker “%1”</source>
        <translation>„%1“ aus den Referierenden entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New contribution “%1”</source>
        <translation>Neuer Beitrag „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete contribution “%1”</source>
        <translation>Beitrag „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/gui/timeline/dragging.py" line="+239"/>
        <source>Place %n contribution(s)</source>
        <extracomment>Distance from the viewport edge (pixels) where a drag scrolls the board.</extracomment>
        <translation>
            <numerusform>%n Beitrag einplanen</numerusform>
            <numerusform>%n Beiträge einplanen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/gui/timeline/editing.py" line="+105"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Block verschieben</numerusform>
            <numerusform>%n Blöcke verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Unplace</source>
        <translation>Aus dem Plan &amp;nehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Un&amp;pin</source>
        <translation>Fixierung &amp;lösen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pin (auto-arrange keeps it)</source>
        <translation>&amp;Fixieren (automatisches Anordnen lässt den Beitrag stehen)</translation>
    </message>
    <message>
        <location filename="../../planner/gui/timeline/headers.py" line="+127"/>
        <source>capacity not set</source>
        <translation>Plätze nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n seats</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Equipment: %1</source>
        <translation>Ausstattung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unavailable %1</source>
        <translation>Nicht verfügbar %1</translation>
    </message>
    <message>
        <location filename="../../planner/gui/timeline/preview.py" line="+78"/>
        <source>Room unavailable</source>
        <translation>Raum nicht verfügbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>room occupied</source>
        <translation>Raum belegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>speaker unavailable</source>
        <translation>Referierende nicht verfügbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>room unavailable</source>
        <translation>Raum nicht verfügbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallel to a plenary item</source>
        <translation>parallel zum Plenum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1–%2 (%3 min)</source>
        <translation>%1–%2 (%3 Min.)</translation>
    </message>
    <message>
        <location filename="../../planner/gui/timeline/scene.py" line="+117"/>
        <source>Pinned: auto-arrange leaves it in place</source>
        <extracomment>The layout (zoom, column width, rooms or days) changed: headers repaint. Blocks reaching outside the day&apos;s hours: (top, bottom) in scene y. Ids of the last planChanged, consumed by the conflictsChanged that follows it.</extracomment>
        <translation>Fixiert: automatisches Anordnen lässt den Beitrag stehen</translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/file_prompts.py" line="+54"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you want to save the changes to %1?</source>
        <translation>Möchten Sie die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Revert %1 to the version saved on disk?</source>
        <translation>%1 auf die gespeicherte Version zurücksetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unsaved changes will be lost.</source>
        <translation>Ihre ungespeicherten Änderungen gehen verloren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+20"/>
        <source>File changed on disk</source>
        <translation>Datei wurde geändert</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 was changed by another program or another organiser.</source>
        <translation>%1 wurde von einem anderen Programm oder einer anderen Person geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do you want to reload it?</source>
        <translation>Möchten Sie die Datei neu laden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Keep This Version</source>
        <translation>Diese Version behalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 was changed on disk since you opened or saved it.</source>
        <translation>%1 wurde geändert, seit Sie die Datei geöffnet oder gespeichert haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another organiser may have saved it on the shared drive. Saving now overwrites their changes. Reload discards yours.</source>
        <translation>Vielleicht hat eine andere Person aus dem Orga-Team sie auf dem gemeinsamen Laufwerk gespeichert. Speichern überschreibt deren Änderungen, Neu laden verwirft Ihre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Elsewhere…</source>
        <translation>Anderswo speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an untitled plan</source>
        <translation>einem unbenannten Plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Agenda Planner was not closed properly. Unsaved changes to %1 from %2 were kept.</source>
        <translation>Agenda Planner wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %1 vom %2 wurden aufbewahrt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore opens them as unsaved changes. Discard deletes them. Later asks again at the next start.</source>
        <translation>Wiederherstellen öffnet sie als ungespeicherte Änderungen. Verwerfen löscht sie. Später fragt beim nächsten Start erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/messages.py" line="+36"/>
        <source>Agenda plans (*%s);;JSON files (*.json);;All files (*)</source>
        <translation>Agenda-Pläne (*%s);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save plan as</source>
        <translation>Plan speichern unter</translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/export_dialogs.py" line="+89"/>
        <location filename="../../planner/gui/exchange.py" line="+211"/>
        <source>Export iCalendar</source>
        <translation>iCalendar exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;All files: the whole agenda, one file per speaker, one per room</source>
        <translation>&amp;Alle Dateien: das ganze Programm, eine Datei je Person, eine je Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the selected &amp;speakers</source>
        <translation>Nur die ausgewählten &amp;Referierenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the selected &amp;rooms</source>
        <translation>Nur die ausgewählten R&amp;äume</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select A&amp;ll</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2 placed)</source>
        <translation>%1 (%2 eingeplant)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Folder for the iCalendar files</source>
        <translation>Ordner für die iCalendar-Dateien</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose the folder to write into.</source>
        <translation>Wählen Sie den Ordner, in den geschrieben wird.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) will be written.</source>
        <translation>
            <numerusform>%n Datei wird geschrieben.</numerusform>
            <numerusform>%n Dateien werden geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one entry.</source>
        <translation>Wählen Sie mindestens einen Eintrag aus.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 contribution(s) will be added (%2 placed on the board, %3 not placed).</source>
        <translation>Neue Beiträge: %1 (%2 auf der Planungstafel, %3 nicht eingeplant).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 contribution(s) will be updated.</source>
        <translation>Zu aktualisierende Beiträge: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 new speaker(s) will be added.</source>
        <translation>Neue Referierende: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import from %1?</source>
        <translation>Aus %1 importieren?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n warning(s), see the details.</source>
        <translation>Warnungen: %n, siehe Details.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../planner/gui/exchange.py" line="-128"/>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;iCalendar…</source>
        <extracomment>The progress dialog of the last long job (tests look at what it showed).</extracomment>
        <translation>&amp;iCalendar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files for everyone: the agenda, each speaker, each room</source>
        <translation>Kalenderdateien für alle: das Programm, jede referierende Person, jeder Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Excel Workbook…</source>
        <translation>&amp;Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributions from &amp;Excel…</source>
        <translation>Beiträge aus &amp;Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calendar (.ics)…</source>
        <translation>&amp;Kalender (.ics)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Previe&amp;w…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Building the calendars…</source>
        <translation>Die Kalender werden erstellt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the calendar files…</source>
        <translation>Die Kalenderdateien werden geschrieben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The iCalendar export failed</source>
        <translation>Der iCalendar-Export ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n iCalendar file(s) written to %1</source>
        <translation>
            <numerusform>%n iCalendar-Datei in %1 geschrieben</numerusform>
            <numerusform>%n iCalendar-Dateien in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>The agenda (%n page(s)) was written to %1</source>
        <translation>
            <numerusform>Das Programm (%n Seite) wurde in %1 geschrieben</numerusform>
            <numerusform>Das Programm (%n Seiten) wurde in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Record iCalendar export</source>
        <translation>iCalendar-Export vermerken</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Export Excel workbook</source>
        <translation>Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Building the workbook…</source>
        <translation>Die Arbeitsmappe wird erstellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the workbook…</source>
        <translation>Die Arbeitsmappe wird geschrieben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Excel export failed</source>
        <translation>Der Excel-Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excel workbook written to %1</source>
        <translation>Excel-Arbeitsmappe geschrieben: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PDF export failed</source>
        <translation>Der PDF-Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import contributions from Excel</source>
        <translation>Beiträge aus Excel importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx *.xlsm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>Import a calendar</source>
        <translation>Einen Kalender importieren</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Calendars (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Kalender (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import from Excel</source>
        <translation>Aus Excel importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import %1</source>
        <translation>%1 kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 adds nothing new to the plan.</source>
        <translation>%1 enthält nichts Neues für den Plan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %1: %n contribution(s) added</source>
        <translation>
            <numerusform>%1 importiert: %n Beitrag hinzugefügt</numerusform>
            <numerusform>%1 importiert: %n Beiträge hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../planner/gui/agenda_page.py" line="+150"/>
        <source>Rooms %1–%2 of %3</source>
        <extracomment>More rooms than this on one page make the columns too narrow to read.</extracomment>
        <translation>Räume %1–%2 von %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 seats</source>
        <translation>%1 Plätze</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../planner/gui/printing.py" line="+68"/>
        <source>the printer or file could not be opened</source>
        <translation>der Drucker oder die Datei ließ sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is a folder; give the name of the PDF file to write</source>
        <translation>%1 ist ein Ordner; geben Sie den Namen der PDF-Datei an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../planner/gui/workers.py" line="+114"/>
        <source>Cancel</source>
        <extracomment>The dialog appears only for work that takes longer than this (no flicker for small plans). Seconds between two progress updates passed to the dialog.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../planner/gui/arranging.py" line="+233"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Searching for an arrangement…</source>
        <translation>Suche nach einer Anordnung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the result and explaining what does not fit…</source>
        <translation>Ergebnis wird geprüft und begründet, was nicht passt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 contributions placed (solution %3)</source>
        <translation>%1 von %2 Beiträgen eingeplant (Lösung %3)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../planner/gui/help.py" line="+107"/>
        <source>About Agenda Planner</source>
        <extracomment>(shown name, distribution, licence when the metadata has no short one)</extracomment>
        <translation>Über Agenda Planner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda Planner %1</source>
        <translation>Agenda Planner %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a one-day conference: rooms, time slots, conflicts, iCalendar and Excel exports.</source>
        <translation>Planen Sie eine eintägige Konferenz: Räume, Zeitfenster, Konflikte, Export als iCalendar und Excel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda Planner is free software under the MIT licence.</source>
        <translation>Agenda Planner ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ArrangeController</name>
    <message>
        <location filename="../../planner/gui/arranging.py" line="-176"/>
        <source>&amp;Arrange…</source>
        <extracomment>The progress bar&apos;s resolution; the last step is never reported (it means &quot;writing&quot;). The options of the last run, offered again next time (per session). The last proposal and progress dialog (tests and tools look at them). Every progress text shown in the last run, as shown.</extracomment>
        <translation>&amp;Automatisch anordnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propose rooms and times without conflicts, and preview them</source>
        <translation>Räume und Zeiten ohne Konflikte vorschlagen und vorab zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>&amp;Pin Selected</source>
        <translation>Auswahl fi&amp;xieren</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Pinned blocks stay where they are when arranging</source>
        <translation>Fixierte Blöcke bleiben beim automatischen Anordnen, wo sie sind</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Un&amp;pin Selected</source>
        <translation>Fi&amp;xierung der Auswahl lösen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Pin %n block(s)</source>
        <translation>
            <numerusform>%n Block fixieren</numerusform>
            <numerusform>%n Blöcke fixieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpin %n block(s)</source>
        <translation>
            <numerusform>Fixierung von %n Block lösen</numerusform>
            <numerusform>Fixierung von %n Blöcken lösen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <location line="+39"/>
        <source>Arrange</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Auto-arrange failed; the plan is unchanged.

%1</source>
        <translation>Das automatische Anordnen ist fehlgeschlagen; der Plan ist unverändert.

%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Arranging cancelled; the plan is unchanged.</source>
        <translation>Anordnen abgebrochen; der Plan ist unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan changed while arranging; nothing was applied.</source>
        <translation>Der Plan hat sich während des Anordnens geändert; nichts wurde übernommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposal discarded; the plan is unchanged.</source>
        <translation>Vorschlag verworfen; der Plan ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Arranged: %n change(s) applied.</source>
        <translation>
            <numerusform>Angeordnet: %n Änderung übernommen.</numerusform>
            <numerusform>Angeordnet: %n Änderungen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>ArrangeDialog</name>
    <message>
        <location filename="../../planner/gui/dialogs/arrange_options.py" line="+54"/>
        <source>Arrange</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-arrange looks for rooms and start times without errors (double bookings, availability, event hours) and with as few warnings as possible. Pinned blocks never move. You see the proposal before anything changes.</source>
        <translation>Das automatische Anordnen sucht Räume und Anfangszeiten ohne Fehler (Doppelbelegungen, Verfügbarkeit, Veranstaltungszeiten) und mit möglichst wenigen Warnungen. Fixierte Blöcke bewegen sich nie. Sie sehen den Vorschlag, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Place only the contributions &amp;not placed yet</source>
        <translation>Nur die noch &amp;nicht eingeplanten Beiträge einplanen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not placed. Every block on the board stays where it is.</source>
        <translation>%1 nicht eingeplant. Jeder Block auf der Planungstafel bleibt, wo er ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Re-arrange everything that is not pinned</source>
        <translation>Alles nicht Fixierte neu an&amp;ordnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 blocks are pinned. Blocks move as little as possible; this also repairs errors on the board.</source>
        <translation>%1 von %2 Blöcken sind fixiert. Blöcke werden so wenig wie möglich verschoben; so werden auch Fehler auf der Planungstafel behoben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longer searches may find arrangements with fewer warnings on large plans.</source>
        <translation>Bei großen Plänen findet eine längere Suche womöglich Anordnungen mit weniger Warnungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
</context>
<context>
    <name>ArrangePreviewDialog</name>
    <message>
        <location filename="../../planner/gui/dialogs/arrange_dialogs.py" line="+70"/>
        <source>Arrange: Preview</source>
        <extracomment>The preview lists at most this many remaining warnings (a big plan may have hundreds).</extracomment>
        <translation>Automatisch anordnen: Vorschau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Show on Board</source>
        <translation>Auf der Tafel &amp;zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Changes:</source>
        <translation>Än&amp;derungen:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Accept</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not placed</source>
        <translation>nicht eingeplant</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%n contribution(s) placed</source>
        <translation>
            <numerusform>%n Beitrag eingeplant</numerusform>
            <numerusform>%n Beiträge eingeplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n taken off the board</source>
        <translation>
            <numerusform>%n von der Tafel genommen</numerusform>
            <numerusform>%n von der Tafel genommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not be placed</source>
        <translation>
            <numerusform>%n nicht einplanbar</numerusform>
            <numerusform>%n nicht einplanbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best arrangement by the rules was found in %1 s.</source>
        <translation>Die nach den Regeln beste Anordnung wurde in %1 s gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An arrangement was found in %1 s; the search stopped at its limit, so a better one may exist.</source>
        <translation>Eine Anordnung wurde in %1 s gefunden; die Suche hat an ihrer Grenze aufgehört, eine bessere ist möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No arrangement was found within %1 s; the plan stays as it is.</source>
        <translation>In %1 s wurde keine Anordnung gefunden; der Plan bleibt, wie er ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled after %1 s.</source>
        <translation>Nach %1 s abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dashed outlines on the board show the proposed places. Nothing changes until you accept.</source>
        <translation>Gestrichelte Umrisse auf der Planungstafel zeigen die vorgeschlagenen Plätze. Nichts ändert sich, bevor Sie übernehmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not be placed (%1)</source>
        <translation>Nicht einplanbar (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placed with a warning no room could avoid (%1)</source>
        <translation>Eingeplant mit einer Warnung, die kein Raum vermeiden konnte (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Errors left (%1)</source>
        <translation>Verbleibende Fehler (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These errors are among blocks that were kept in place. Arrange again with “Re-arrange everything that is not pinned” to repair them.</source>
        <translation>Diese Fehler betreffen Blöcke, die an ihrem Platz geblieben sind. Ordnen Sie erneut mit „Alles nicht Fixierte neu anordnen“ an, um sie zu beheben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warnings left (%1)</source>
        <translation>Verbleibende Warnungen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and %1 more (see the conflicts panel after accepting).</source>
        <translation>… und %1 weitere (siehe die Konflikte nach dem Übernehmen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything fits: no warnings are left.</source>
        <translation>Alles passt: keine Warnungen bleiben.</translation>
    </message>
</context>
<context>
    <name>AvailabilityTimeline</name>
    <message>
        <location filename="../../planner/gui/editors/timeline_widget.py" line="+74"/>
        <source>Drag on free space to add a time window, drag an edge to resize it, drag it to move it. Delete or a right click removes it. Hold Shift for 5-minute steps.</source>
        <extracomment>The whole new tuple of windows after a finished gesture or removal. Index of the selected window, -1 for none.</extracomment>
        <translation>Auf freier Fläche ziehen legt ein Zeitfenster an, an einer Kante ziehen ändert seine Länge, am Fenster ziehen verschiebt es. Entf oder ein Rechtsklick entfernt es. Mit gedrückter Umschalttaste in 5-Minuten-Schritten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Available all event long</source>
        <translation>Während der ganzen Veranstaltung verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time windows</source>
        <translation>Keine Zeitfenster</translation>
    </message>
</context>
<context>
    <name>CollectionEditor</name>
    <message>
        <location filename="../../planner/gui/editors/base.py" line="+63"/>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../planner/gui/models/conflicts.py" line="+139"/>
        <source>Severity</source>
        <extracomment>The ids (list[str]) of the contributions a row is about. The conflict kind id, e.g. &quot;room-overlap&quot;.</extracomment>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../planner/gui/conflicts_view.py" line="+88"/>
        <source>No conflicts: every placed contribution fits.</source>
        <extracomment>The contribution ids of an activated row.</extracomment>
        <translation>Keine Konflikte: Jeder eingeplante Beitrag passt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Conflicts (none)</source>
        <translation>Konflikte (keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts (errors: %1, warnings: %2)</source>
        <translation>Konflikte (Fehler: %1, Warnungen: %2)</translation>
    </message>
</context>
<context>
    <name>ContributionActions</name>
    <message>
        <location filename="../../planner/gui/editors/contributions.py" line="+189"/>
        <source>New &amp;Contribution…</source>
        <translation>Neuer &amp;Beitrag…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a contribution to the list of unplaced ones</source>
        <translation>Einen Beitrag zur Liste der nicht eingeplanten hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate Contribution</source>
        <translation>Beitrag &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete Contribution…</source>
        <translation>Beitrag &amp;löschen…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is placed in %2 on %3 at %4. Delete it anyway?</source>
        <translation>„%1“ ist in %2 am %3 um %4 eingeplant. Trotzdem löschen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete contribution</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <location line="-199"/>
        <source>New Contribution</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plenary (for the whole audience)</source>
        <translation>Plenum (für alle Teilnehmenden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speakers:</source>
        <translation>&amp;Referierende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Publikum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Needs:</source>
        <translation>&amp;Benötigt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Please give the contribution a title.</source>
        <translation>Bitte geben Sie dem Beitrag einen Titel.</translation>
    </message>
</context>
<context>
    <name>EditorsController</name>
    <message>
        <location filename="../../planner/gui/editors/__init__.py" line="+29"/>
        <source>&amp;Event Settings…</source>
        <translation>&amp;Veranstaltung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, venue, days, hours and timezone</source>
        <translation>Titel, Ort, Tage, Uhrzeiten und Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rooms…</source>
        <translation>&amp;Räume…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename, reorder and equip the rooms</source>
        <translation>Räume hinzufügen, umbenennen, sortieren und ausstatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speakers…</source>
        <translation>Re&amp;ferierende…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers, their contact and availability</source>
        <translation>Referierende, ihre Kontaktdaten und Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../planner/gui/editors/event_dialog.py" line="+59"/>
        <source>Event Settings</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add day</source>
        <translation>Tag &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove day</source>
        <translation>Tag &amp;entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends at:</source>
        <translation>En&amp;de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Changeover:</source>
        <translation>&amp;Wechselzeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organiser:</source>
        <translation>Veranstalte&amp;r:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser&apos;s e-&amp;mail:</source>
        <translation>E-&amp;Mail des Veranstalters:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The event needs a title.</source>
        <translation>Die Veranstaltung braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event needs at least one day.</source>
        <translation>Die Veranstaltung braucht mindestens einen Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day must end after it starts.</source>
        <translation>Der Tag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a timezone from the list, e.g. Europe/Berlin.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organiser&apos;s e-mail address is incomplete.</source>
        <translation>Die E-Mail-Adresse des Veranstalters ist unvollständig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the organiser&apos;s name with the e-mail address.</source>
        <translation>Geben Sie zur E-Mail-Adresse auch den Namen des Veranstalters an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 placement will lie outside the event&apos;s days or hours.</source>
        <translation>1 eingeplanter Beitrag wird außerhalb der Tage oder Uhrzeiten der Veranstaltung liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 placements will lie outside the event&apos;s days or hours.</source>
        <translation>%1 eingeplante Beiträge werden außerhalb der Tage oder Uhrzeiten der Veranstaltung liegen.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../planner/gui/files.py" line="+93"/>
        <source>&amp;New…</source>
        <extracomment>&quot;As the file is on disk now&quot; (the default of :meth:`FileController._follow`).</extracomment>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;vert</source>
        <translation>Auf gespeicherte Version zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the plan from disk</source>
        <translation>Den Plan erneut aus der Datei laden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Cannot open the plan</source>
        <translation>Der Plan kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot save the plan</source>
        <translation>Der Plan kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was changed on disk. Saving will ask before overwriting.</source>
        <translation>%1 wurde geändert. Beim Speichern wird vor dem Überschreiben nachgefragt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../../planner/gui/help.py" line="+117"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Agenda Planner</source>
        <translation>&amp;Über Agenda Planner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location line="-31"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user guide is not part of this installation. It is the file docs/user-guide.md of the Agenda Planner sources.</source>
        <translation>Das Benutzerhandbuch ist in dieser Installation nicht enthalten. Es ist die Datei docs/user-guide.md in den Quellen von Agenda Planner.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../planner/gui/inspector.py" line="+70"/>
        <source>Select a contribution on the board or in the list.</source>
        <translation>Wählen Sie einen Beitrag auf der Planungstafel oder in der Liste aus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plenary (for the whole audience)</source>
        <translation>Plenum (für alle Teilnehmenden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pinned (auto-arrange keeps it here)</source>
        <translation>Fixiert (bleibt beim Anordnen hier)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Placed:</source>
        <translation>Eingeplant:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers:</source>
        <translation>Referierende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>Publikum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs:</source>
        <translation>Benötigt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Keynotes and welcomes are always plenary.</source>
        <translation>Keynotes und Begrüßungen sind immer im Plenum.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not placed yet</source>
        <translation>Noch nicht eingeplant</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/gui/main_window.py" line="+54"/>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan as opened</source>
        <translation>Plan wie geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>U&amp;nplace</source>
        <translation>Aus dem Plan &amp;nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the selected blocks off the board</source>
        <translation>Die ausgewählten Blöcke von der Planungstafel nehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit to Window</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Errors: %1 · Warnings: %2 · Not placed: %3</source>
        <translation>Fehler: %1 · Warnungen: %2 · Nicht eingeplant: %3</translation>
    </message>
</context>
<context>
    <name>NavigationController</name>
    <message>
        <location filename="../../planner/gui/navigation.py" line="+70"/>
        <source>&amp;Go To</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Board</source>
        <translation>&amp;Planungstafel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not Placed</source>
        <translation>&amp;Nicht eingeplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspector</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ne&amp;xt Panel</source>
        <translation>Nächster &amp;Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious Panel</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place At…</source>
        <translation>&amp;Einplanen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the selected contribution into a room at a time</source>
        <translation>Den ausgewählten Beitrag in einem Raum zu einer Uhrzeit einplanen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a contribution first, on the board or in the list.</source>
        <translation>Wählen Sie zuerst einen Beitrag aus, auf der Planungstafel oder in der Liste.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../planner/gui/dialogs/new_plan.py" line="+77"/>
        <source>New Plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 3. Kommunaler Innovationstag</source>
        <translation>z. B. 3. Kommunaler Innovationstag</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of &amp;days:</source>
        <translation>&amp;Anzahl der Tage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day &amp;starts at:</source>
        <translation>Tages&amp;beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day &amp;ends at:</source>
        <translation>Tagese&amp;nde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The plan needs a title.</source>
        <translation>Der Plan braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day must end after it starts.</source>
        <translation>Der Tag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown time zone. Choose one from the list, e.g. Europe/Berlin.</source>
        <translation>Unbekannte Zeitzone. Wählen Sie eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../planner/gui/dialogs/place.py" line="+68"/>
        <source>Place At</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where should “%1” (%2 min) take place?</source>
        <translation>Wann und wo findet „%1“ (%2 Min.) statt?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ends at:</source>
        <translation>Ende:</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../planner/gui/preferences.py" line="+48"/>
        <source>Pre&amp;ferences…</source>
        <extracomment>The new :class:`Preferences` after the user confirmed the dialog.</extracomment>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language, default export folder, autosave</source>
        <translation>Sprache, Standard-Exportordner, automatisches Speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new language is used the next time Agenda Planner starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Agenda Planner.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../planner/gui/dialogs/preferences.py" line="+48"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new language is used the next time Agenda Planner starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Agenda Planner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The folder of the plan</source>
        <translation>Der Ordner des Plans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the export dialogs start. Every export remembers its folder here.</source>
        <translation>Hier beginnen die Export-Dialoge. Jeder Export merkt sich hier seinen Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often unsaved changes are kept in a recovery copy, in case of a crash.</source>
        <translation>Wie oft ungespeicherte Änderungen für den Fall eines Absturzes in einer Sicherungskopie aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;export folder:</source>
        <translation>Standard-&amp;Exportordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch speichern alle:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Default export folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../planner/gui/recent.py" line="+46"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not found)</source>
        <translation>%1 (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>RoomListModel</name>
    <message>
        <location filename="../../planner/gui/editors/models.py" line="+97"/>
        <source>%1 seats</source>
        <extracomment>The text the editors&apos; filter field searches.</extracomment>
        <translation>%1 Plätze</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <location filename="../../planner/gui/editors/rooms.py" line="+42"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add room</source>
        <translation>Raum &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete room…</source>
        <translation>Raum &amp;löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No room yet. Add one to give the board a column.</source>
        <translation>Noch kein Raum. Fügen Sie einen hinzu, damit die Planungstafel eine Spalte bekommt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Room…</source>
        <translation>Raum löschen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> seats</source>
        <translation> Plätze</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free all event long</source>
        <translation>Während der ganzen Veranstaltung frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available (drag on the timeline or add below)</source>
        <translation>Nicht verfügbar (auf der Zeitleiste ziehen oder unten hinzufügen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Plätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Equipment:</source>
        <translation>&amp;Ausstattung:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>1 placement in %1 will be unplaced:</source>
        <translation>1 Beitrag in %1 wird aus dem Plan genommen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 placements in %2 will be unplaced:</source>
        <translation>%1 Beiträge in %2 werden aus dem Plan genommen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete room</source>
        <translation>Raum löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete room and unplace</source>
        <translation>Raum löschen und Beiträge aus dem Plan nehmen</translation>
    </message>
</context>
<context>
    <name>SpeakerListModel</name>
    <message>
        <location filename="../../planner/gui/editors/models.py" line="+105"/>
        <source>Available only at certain times</source>
        <translation>Nur zu bestimmten Zeiten verfügbar</translation>
    </message>
</context>
<context>
    <name>SpeakersEditor</name>
    <message>
        <location filename="../../planner/gui/editors/speakers.py" line="+42"/>
        <source>Speakers</source>
        <translation>Referierende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add speaker</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete speaker…</source>
        <translation>Person ent&amp;fernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No speaker yet.</source>
        <translation>Noch keine Referierenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Speaker…</source>
        <translation>Person entfernen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Available all event long</source>
        <extracomment>The speaker whose &quot;all event long&quot; was unticked, before a window was drawn.</extracomment>
        <translation>Während der ganzen Veranstaltung verfügbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Draw the times when the speaker can be there. Until then they stay available all event long.</source>
        <translation>Zeichnen Sie die Zeiten ein, zu denen die Person da sein kann. Bis dahin ist sie während der ganzen Veranstaltung verfügbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not available at any time: draw a time window.</source>
        <translation>Zu keiner Zeit verfügbar: Zeichnen Sie ein Zeitfenster ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag on the timeline to limit the speaker to certain times.</source>
        <translation>Auf der Zeitleiste ziehen, um die Person auf bestimmte Zeiten zu beschränken.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Make “%1” available all event long</source>
        <translation>„%1“ während der ganzen Veranstaltung verfügbar machen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No time window left: the speaker is available all event long again.</source>
        <translation>Kein Zeitfenster mehr: Die Person ist wieder während der ganzen Veranstaltung verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change availability of “%1”</source>
        <translation>Verfügbarkeit von „%1“ ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New speaker</source>
        <translation>Neue referierende Person</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 speaks in 1 contribution, which will lose them:</source>
        <translation>%1 spricht in 1 Beitrag, der die Person verliert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 speaks in %2 contributions, which will lose them:</source>
        <translation>%1 spricht in %2 Beiträgen, die die Person verlieren:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete speaker</source>
        <translation>Person entfernen</translation>
    </message>
</context>
<context>
    <name>TagListEdit</name>
    <message>
        <location filename="../../planner/gui/editors/tags.py" line="+36"/>
        <source>Double-click or F2 renames, Delete removes.</source>
        <translation>Doppelklick oder F2 benennt um, Entf entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New equipment, e.g. beamer</source>
        <translation>Neue Ausstattung, z. B. Beamer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../planner/gui/timeline/view.py" line="+194"/>
        <source>Zoom &amp;In</source>
        <extracomment>A freshly opened board fits the day to the window, but never smaller than this. Contribution ids selected on the board (board order); emitted when the set changes. The zoom factor changed (1.0 = 2 px per minute, 170 px columns).</extracomment>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to Window</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
</context>
<context>
    <name>UnscheduledModel</name>
    <message>
        <location filename="../../planner/gui/models/unscheduled.py" line="+83"/>
        <source>Title</source>
        <extracomment>The contribution id of a row (any column). Lower-case text the filter searches: title, speakers, description. One line under the title: kind, topic, speakers.</extracomment>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>UnscheduledPanel</name>
    <message>
        <location filename="../../planner/gui/unscheduled_panel.py" line="+171"/>
        <source>All kinds</source>
        <extracomment>The contribution the user made current in the list (&quot;&quot; when none). The dock title with the count changed, e.g. &quot;Not placed (3)&quot;.</extracomment>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search title, speaker…</source>
        <translation>Titel, Referierende suchen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drag a contribution onto the board to place it; drop a block here to unplace it.</source>
        <translation>Ziehen Sie einen Beitrag auf die Planungstafel, um ihn einzuplanen; legen Sie einen Block hier ab, um ihn aus dem Plan zu nehmen.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not placed (%1 of %2)</source>
        <translation>Nicht eingeplant (%1 von %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not placed (%1)</source>
        <translation>Nicht eingeplant (%1)</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../../planner/gui/help.py" line="-72"/>
        <source>Agenda Planner User Guide</source>
        <translation>Agenda Planner – Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>WindowListEditor</name>
    <message>
        <location filename="../../planner/gui/editors/windows_edit.py" line="+70"/>
        <source>&amp;Add time</source>
        <translation>&amp;Zeitfenster hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move time</source>
        <translation>Zeitfenster en&amp;tfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>There is no free time left for another window.</source>
        <translation>Für ein weiteres Zeitfenster ist keine Zeit mehr frei.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
</context>
<context>
    <name>_UnplacedList</name>
    <message>
        <location filename="../../planner/gui/unscheduled_panel.py" line="-140"/>
        <source>No contribution matches the filter.</source>
        <translation>Kein Beitrag passt zum Filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every contribution is placed. Drop a block here to unplace it.</source>
        <translation>Alle Beiträge sind eingeplant. Legen Sie einen Block hier ab, um ihn aus dem Plan zu nehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contributions yet. Add one with Plan ▸ New Contribution… or import a programme with File ▸ Import.</source>
        <translation>Noch keine Beiträge. Fügen Sie einen mit Plan ▸ Neuer Beitrag… hinzu oder importieren Sie ein Programm über Datei ▸ Importieren.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../planner/app.py" line="+97"/>
        <source>Cannot open the plan</source>
        <extracomment>Installed translators, kept alive here; None until the first start-up looked for them.</extracomment>
        <translation>Der Plan kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../planner/gui/i18n.py" line="+160"/>
        <source>Room double-booked</source>
        <extracomment>The translators installed by the last :func:`install_translators`, and its choice.</extracomment>
        <translation>Raum doppelt belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker double-booked</source>
        <translation>Referierende doppelt eingeplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside event hours</source>
        <translation>Außerhalb der Veranstaltungszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room unavailable</source>
        <translation>Raum nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker unavailable</source>
        <translation>Referierende nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room too small</source>
        <translation>Raum zu klein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing equipment</source>
        <translation>Fehlende Ausstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tight room change</source>
        <translation>Knapper Raumwechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel to plenary</source>
        <translation>Parallel zum Plenum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same topic in parallel</source>
        <translation>Gleiches Thema parallel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not placed</source>
        <translation>Nicht eingeplant</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
</TS>
