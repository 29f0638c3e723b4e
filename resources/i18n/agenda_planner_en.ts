<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../planner/gui/timeline/headers.py" line="+128"/>
        <source>%n seats</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/gui/commands.py" line="+110"/>
        <source>Unplace %n item(s)</source>
        <translation>
            <numerusform>Unplace %n block</numerusform>
            <numerusform>Unplace %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/gui/dialogs/export_dialogs.py" line="+232"/>
        <source>%n file(s) will be written.</source>
        <translation>
            <numerusform>%n file will be written.</numerusform>
            <numerusform>%n files will be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/gui/timeline/dragging.py" line="+239"/>
        <source>Place %n contribution(s)</source>
        <extracomment>Distance from the viewport edge (pixels) where a drag scrolls the board.</extracomment>
        <translation>
            <numerusform>Place %n contribution</numerusform>
            <numerusform>Place %n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/gui/timeline/editing.py" line="+105"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n block</numerusform>
            <numerusform>Move %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../planner/gui/exchange.py" line="+221"/>
        <source>%n iCalendar file(s) written to %1</source>
        <translation>
            <numerusform>%n iCalendar file written to %1</numerusform>
            <numerusform>%n iCalendar files written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>The agenda (%n page(s)) was written to %1</source>
        <translation>
            <numerusform>The agenda (%n page) was written to %1</numerusform>
            <numerusform>The agenda (%n pages) was written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n page sent to the printer</numerusform>
            <numerusform>%n pages sent to the printer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Imported %1: %n contribution(s) added</source>
        <translation>
            <numerusform>Imported %1: %n contribution added</numerusform>
            <numerusform>Imported %1: %n contributions added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrangeController</name>
    <message numerus="yes">
        <location filename="../../planner/gui/arranging.py" line="+128"/>
        <source>Pin %n block(s)</source>
        <translation>
            <numerusform>Pin %n block</numerusform>
            <numerusform>Pin %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unpin %n block(s)</source>
        <translation>
            <numerusform>Unpin %n block</numerusform>
            <numerusform>Unpin %n blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Arranged: %n change(s) applied.</source>
        <translation>
            <numerusform>Arranged: %n change applied.</numerusform>
            <numerusform>Arranged: %n changes applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrangePreviewDialog</name>
    <message numerus="yes">
        <location filename="../../planner/gui/dialogs/arrange_dialogs.py" line="+211"/>
        <source>%n contribution(s) placed</source>
        <translation>
            <numerusform>%n contribution placed</numerusform>
            <numerusform>%n contributions placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n taken off the board</source>
        <translation>
            <numerusform>%n taken off the board</numerusform>
            <numerusform>%n taken off the board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not be placed</source>
        <translation>
            <numerusform>%n could not be placed</numerusform>
            <numerusform>%n could not be placed</numerusform>
        </translation>
    </message>
</context>
</TS>
