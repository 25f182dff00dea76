<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AlertRule</name>
    <message numerus="yes">
        <location filename="../models/alerts/alertrule.cpp" line="+52"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertGroupsModel</name>
    <message numerus="yes">
        <location filename="../models/alerts/alertgroupsmodel.cpp" line="+183"/>
        <source>%n alerting now</source>
        <translation>
            <numerusform>%n alerting now</numerusform>
            <numerusform>%n alerting now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n homes</source>
        <translation>
            <numerusform>%n home</numerusform>
            <numerusform>%n homes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n devices</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertNotifier</name>
    <message numerus="yes">
        <location filename="../views/alerts/alertnotifier.cpp" line="+77"/>
        <source>%1: %n devices</source>
        <translation>
            <numerusform>%1: %n device</numerusform>
            <numerusform>%1: %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new high alerts</source>
        <translation>
            <numerusform>%n new high alert</numerusform>
            <numerusform>%n new high alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>…and %n more rules</source>
        <translation>
            <numerusform>…and %n more rule</numerusform>
            <numerusform>…and %n more rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertRuleDialog</name>
    <message numerus="yes">
        <location filename="../views/alerts/alertruledialog.cpp" line="+307"/>
        <source>Field: none of the newest %n event(s) has a number at “%1” (they have %2). Check the spelling; the rule waits for it either way.</source>
        <translation>
            <numerusform>Field: the newest event has no number at “%1” (it has %2). Check the spelling; the rule waits for it either way.</numerusform>
            <numerusform>Field: none of the newest %n events has a number at “%1” (they have %2). Check the spelling; the rule waits for it either way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::Alerts</name>
    <message numerus="yes">
        <location filename="../models/alerts/alerts.cpp" line="+204"/>
        <source>%n alert rule(s) in the file could not be read and are left out; the file is kept (as .bak) when a rule is saved.</source>
        <translation>
            <numerusform>%n alert rule in the file could not be read and is left out; the file is kept (as .bak) when a rule is saved.</numerusform>
            <numerusform>%n alert rules in the file could not be read and are left out; the file is kept (as .bak) when a rule is saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertsPage</name>
    <message numerus="yes">
        <location filename="../views/alerts/alertspage.cpp" line="+306"/>
        <source>Cleared %n entries of alerts that are over.</source>
        <translation>
            <numerusform>Cleared %n entry of alerts that are over.</numerusform>
            <numerusform>Cleared %n entries of alerts that are over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaimPanel</name>
    <message numerus="yes">
        <location filename="../views/provisioning/bulkclaimpanel.cpp" line="+175"/>
        <source>Forget the %n row(s) for “%1”? Devices already claimed stay in the home.</source>
        <translation>
            <numerusform>Forget the %n row for “%1”? Devices already claimed stay in the home.</numerusform>
            <numerusform>Forget the %n rows for “%1”? Devices already claimed stay in the home.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%n device(s) in claim mode for 10 minutes: press Claim all.</source>
        <translation>
            <numerusform>%n device in claim mode for 10 minutes: press Claim all.</numerusform>
            <numerusform>%n devices in claim mode for 10 minutes: press Claim all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>The import into “%1” still has %n row(s) to claim. Replace it with %2?</source>
        <translation>
            <numerusform>The import into “%1” still has %n row to claim. Replace it with %2?</numerusform>
            <numerusform>The import into “%1” still has %n rows to claim. Replace it with %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Replace the %n row(s) of the import into “%1” with %2? Export their results first if you need them.</source>
        <translation>
            <numerusform>Replace the %n row of the import into “%1” with %2? Export its results first if you need them.</numerusform>
            <numerusform>Replace the %n rows of the import into “%1” with %2? Export their results first if you need them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n code(s) ready to claim into “%1”; </source>
        <translation>
            <numerusform>%n code ready to claim into “%1”; </numerusform>
            <numerusform>%n codes ready to claim into “%1”; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) skipped (rows %1): see the Outcome column and correct them in the table.</source>
        <translation>
            <numerusform>%n row skipped (row %1): see the Outcome column and correct it in the table.</numerusform>
            <numerusform>%n rows skipped (rows %1): see the Outcome column and correct them in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n code(s) ready to claim into “%1”.</source>
        <translation>
            <numerusform>%n code ready to claim into “%1”.</numerusform>
            <numerusform>%n codes ready to claim into “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Claim %n device(s) into “%1”?</source>
        <translation>
            <numerusform>Claim %n device into “%1”?</numerusform>
            <numerusform>Claim %n devices into “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Try the %n failed row(s) again, into “%1”?</source>
        <translation>
            <numerusform>Try the %n failed row again, into “%1”?</numerusform>
            <numerusform>Try the %n failed rows again, into “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>The import into “%1” stopped before it was through: %n row(s) still to claim.</source>
        <translation>
            <numerusform>The import into “%1” stopped before it was through: %n row still to claim.</numerusform>
            <numerusform>The import into “%1” stopped before it was through: %n rows still to claim.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaimWords</name>
    <message numerus="yes">
        <location filename="../models/provisioning/bulkclaimwords.cpp" line="+80"/>
        <source>in a home, perhaps “%1” as one of the new device(s) %2 (MODE does not say which code is which device): check it on the Devices page and name it there</source>
        <translation>
            <numerusform>in a home, perhaps “%1” as its new device %2 (MODE does not say which code is which device): check it on the Devices page and name it there</numerusform>
            <numerusform>in a home, perhaps “%1” as one of the new devices %2 (MODE does not say which code is which device): check it on the Devices page and name it there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n claimed now</source>
        <translation>
            <numerusform>%n claimed now</numerusform>
            <numerusform>%n claimed now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed (see each row; correct and Retry failed)</source>
        <translation>
            <numerusform>%n failed (see each row; correct and Retry failed)</numerusform>
            <numerusform>%n failed (see each row; correct and Retry failed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still to do</source>
        <translation>
            <numerusform>%n still to do</numerusform>
            <numerusform>%n still to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1”, %n row(s): %2.</source>
        <translation>
            <numerusform>“%1”, %n row: %2.</numerusform>
            <numerusform>“%1”, %n rows: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::CommandComposer</name>
    <message numerus="yes">
        <location filename="../views/commands/commandcomposer.cpp" line="+387"/>
        <source>&lt;b&gt;%n device(s)&lt;/b&gt; picked on the Fleet page</source>
        <translation>
            <numerusform>&lt;b&gt;%n device&lt;/b&gt; picked on the Fleet page</numerusform>
            <numerusform>&lt;b&gt;%n devices&lt;/b&gt; picked on the Fleet page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, in %n home(s).</source>
        <translation>
            <numerusform>, in %n home.</numerusform>
            <numerusform>, in %n homes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;br&gt;&lt;b&gt;%n of them offline now&lt;/b&gt;: a command reaches only a connected device.</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n of them offline now&lt;/b&gt;: a command reaches only a connected device.</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n of them offline now&lt;/b&gt;: a command reaches only a connected device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;br&gt;%n of them as last seen: whether they are online is known once their home is read.</source>
        <translation>
            <numerusform>&lt;br&gt;%n of them as last seen: whether it is online is known once its home is read.</numerusform>
            <numerusform>&lt;br&gt;%n of them as last seen: whether they are online is known once their home is read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+129"/>
        <source>Sending to %n device(s)…</source>
        <translation>
            <numerusform>Sending to %n device…</numerusform>
            <numerusform>Sending to %n devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Delivered to %n device(s); outcomes and replies show in the history below.</source>
        <translation>
            <numerusform>Delivered to %n device; outcomes and replies show in the history below.</numerusform>
            <numerusform>Delivered to %n devices; outcomes and replies show in the history below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n device(s) did not get the command: see the history below.</source>
        <translation>
            <numerusform>%n device did not get the command: see the history below.</numerusform>
            <numerusform>%n devices did not get the command: see the history below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::CommandHistoryModel</name>
    <message numerus="yes">
        <location filename="../models/commands/commandhistorymodel.cpp" line="+39"/>
        <source>no “%1” within %n s</source>
        <translation>
            <numerusform>no “%1” within %n s</numerusform>
            <numerusform>no “%1” within %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n other event(s) from the device within %1 s:</source>
        <translation>
            <numerusform>%n other event from the device within %1 s:</numerusform>
            <numerusform>%n other events from the device within %1 s:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n other event(s)</source>
        <translation>
            <numerusform>%n other event</numerusform>
            <numerusform>%n other events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::EventsPage</name>
    <message numerus="yes">
        <location filename="../views/events/eventspage.cpp" line="+204"/>
        <location line="+112"/>
        <source>&amp;Resume (%n new)</source>
        <translation>
            <numerusform>&amp;Resume (%n new)</numerusform>
            <numerusform>&amp;Resume (%n new)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%Ln event(s) in the replay</source>
        <translation>
            <numerusform>%Ln event in the replay</numerusform>
            <numerusform>%Ln events in the replay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln event(s) in the log (holds %1)</source>
        <translation>
            <numerusform>%Ln event in the log (holds %1)</numerusform>
            <numerusform>%Ln events in the log (holds %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>paused: %n new event(s) waiting</source>
        <translation>
            <numerusform>paused: %n new event waiting</numerusform>
            <numerusform>paused: %n new events waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::FleetPage</name>
    <message numerus="yes">
        <location filename="../views/fleet/fleetpage.cpp" line="+523"/>
        <source>The devices of %n home(s) could not be loaded. %1 Then Load again.</source>
        <translation>
            <numerusform>The devices of %n home could not be loaded. %1 Then Load again.</numerusform>
            <numerusform>The devices of %n homes could not be loaded. %1 Then Load again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n device(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n device sent by the server could not be read and is left out.</numerusform>
            <numerusform>%n devices sent by the server could not be read and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::HistoryPage</name>
    <message numerus="yes">
        <location filename="../views/history/historypage.cpp" line="+206"/>
        <source>%n series and collections.</source>
        <translation>
            <numerusform>%n series or collection.</numerusform>
            <numerusform>%n series and collections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Exporting %n item(s)…</source>
        <translation>
            <numerusform>Exporting %n item…</numerusform>
            <numerusform>Exporting %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Delete every point from %1 of %n item(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete every point from %1 of %n item? This cannot be undone.</numerusform>
            <numerusform>Delete every point from %1 of %n items? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Delete %n series and collections with all of their points? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n series or collection with all of its points? This cannot be undone.</numerusform>
            <numerusform>Delete %n series and collections with all of their points? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::HomeController</name>
    <message numerus="yes">
        <location filename="../models/home/homecontroller.cpp" line="+127"/>
        <source>%n device(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n device sent by the server could not be read and is left out.</numerusform>
            <numerusform>%n devices sent by the server could not be read and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n member(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n member sent by the server could not be read and is left out.</numerusform>
            <numerusform>%n members sent by the server could not be read and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n key-value pair(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n key-value pair sent by the server could not be read and is left out.</numerusform>
            <numerusform>%n key-value pairs sent by the server could not be read and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n smart module(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n smart module sent by the server could not be read and is left out.</numerusform>
            <numerusform>%n smart modules sent by the server could not be read and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::LinkStatusWidget</name>
    <message numerus="yes">
        <location filename="../views/shell/linkstatuswidget.cpp" line="+94"/>
        <source>%n reconnect(s)</source>
        <translation>
            <numerusform>%n reconnect</numerusform>
            <numerusform>%n reconnects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+1"/>
        <source>%n event(s) shed</source>
        <translation>
            <numerusform>%n event shed</numerusform>
            <numerusform>%n events shed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../views/shell/mainwindow.cpp" line="+439"/>
        <source>Unfinished import into “%1”: %n row(s) to claim.</source>
        <translation>
            <numerusform>Unfinished import into “%1”: %n row to claim.</numerusform>
            <numerusform>Unfinished import into “%1”: %n rows to claim.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>(%n alert(s)) </source>
        <translation>
            <numerusform>(%n alert) </numerusform>
            <numerusform>(%n alerts) </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n device(s), %1 online</source>
        <translation>
            <numerusform>%n device, %1 online</numerusform>
            <numerusform>%n devices, %1 online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n device(s), online state unknown (as last seen)</source>
        <translation>
            <numerusform>%n device, online state unknown (as last seen)</numerusform>
            <numerusform>%n devices, online state unknown (as last seen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n device(s), online state unknown (no live link)</source>
        <translation>
            <numerusform>%n device, online state unknown (no live link)</numerusform>
            <numerusform>%n devices, online state unknown (no live link)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::ModelFormat</name>
    <message numerus="yes">
        <location filename="../models/common/modelformat.cpp" line="+177"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::OutboxDialog</name>
    <message numerus="yes">
        <location filename="../views/account/outboxdialog.cpp" line="+83"/>
        <source>%n message(s). Double-click one to copy its code or token.</source>
        <translation>
            <numerusform>%n message. Double-click one to copy its code or token.</numerusform>
            <numerusform>%n messages. Double-click one to copy its code or token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::Session</name>
    <message numerus="yes">
        <location filename="../models/session/session.cpp" line="+369"/>
        <source>%n home(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n home sent by the server could not be read and is left out.</numerusform>
            <numerusform>%n homes sent by the server could not be read and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::SimulatorPage</name>
    <message numerus="yes">
        <location filename="../views/simulator/simulatorpage.cpp" line="+233"/>
        <source>%n simulated device(s) stopped: they played on the server of the profile before. Add them here again to go on.</source>
        <translation>
            <numerusform>%n simulated device stopped: it played on the server of the profile before. Add it here again to go on.</numerusform>
            <numerusform>%n simulated devices stopped: they played on the server of the profile before. Add them here again to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+216"/>
        <source>Generator stopped after %n event(s).</source>
        <translation>
            <numerusform>Generator stopped after %n event.</numerusform>
            <numerusform>Generator stopped after %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelFormat</name>
    <message numerus="yes">
        <location filename="../models/common/modelformat.cpp" line="-137"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
</TS>
