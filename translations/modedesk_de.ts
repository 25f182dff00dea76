<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertEngine</name>
    <message>
        <location filename="../models/alerts/alertengine.cpp" line="+78"/>
        <source>the rule was removed or turned off</source>
        <translation>die Regel wurde entfernt oder ausgeschaltet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the rule was changed</source>
        <translation>die Regel wurde geändert</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no longer in the fleet</source>
        <translation>nicht mehr in der Flotte</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” received</source>
        <translation>„%1“ empfangen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>no change since</source>
        <translation>seitdem keine Änderung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>back online</source>
        <translation>wieder online</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offline since %1</source>
        <translation>offline seit %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>last “%1” at %2</source>
        <translation>letztes „%1“ um %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no “%1” yet</source>
        <translation>noch kein „%1“</translation>
    </message>
</context>
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
    <message>
        <location line="+8"/>
        <source>Name: give the rule a name.</source>
        <translation>Name: Geben Sie der Regel einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: from 0 s to 30 days.</source>
        <translation>Dauer: von 0 s bis 30 Tage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: a device is offline for at least a minute before it counts.</source>
        <translation>Dauer: Ein Gerät zählt erst nach mindestens einer Minute als offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: the heartbeat needs at least 1 s.</source>
        <translation>Dauer: Der Heartbeat braucht mindestens 1 s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: pick the home.</source>
        <translation>Bereich: Wählen Sie das Zuhause.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: pick the device class.</source>
        <translation>Bereich: Wählen Sie die Geräteklasse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: enter the device id (a number).</source>
        <translation>Bereich: Geben Sie die Geräte-ID ein (eine Zahl).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event type: name the event the devices send regularly, e.g. status.</source>
        <translation>Ereignistyp: Nennen Sie das Ereignis, das die Geräte regelmäßig senden, z. B. status.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field: name the number to watch, e.g. temperature or zones[2].</source>
        <translation>Feld: Nennen Sie die zu beobachtende Zahl, z. B. temperature oder zones[2].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field: “%1” is not a field path such as temperature or zones[2].</source>
        <translation>Feld: „%1“ ist kein Feldpfad wie temperature oder zones[2].</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threshold: a number.</source>
        <translation>Schwelle: eine Zahl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovers: the margin is a number of 0 or more.</source>
        <translation>Erholung: Der Abstand ist eine Zahl ab 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: key-value pairs belong to homes; pick all homes or one home.</source>
        <translation>Bereich: Schlüssel-Wert-Paare gehören zu Zuhausen; wählen Sie alle Zuhause oder eines.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>offline for more than %1</source>
        <translation>länger als %1 offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no “%1” event for %2</source>
        <translation>kein „%1“-Ereignis seit %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %3 for %4</source>
        <translation>%1 %2 %3 für %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, recovers below %2</source>
        <translation>%1, erholt unter %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, recovers above %2</source>
        <translation>%1, erholt über %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any key-value pair changed</source>
        <translation>ein Schlüssel-Wert-Paar geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key-value pair “%1” changed</source>
        <translation>Schlüssel-Wert-Paar „%1“ geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all homes</source>
        <translation>alle Zuhause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home %1</source>
        <translation>Zuhause %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Device offline</source>
        <translation>Gerät offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat missing</source>
        <translation>Heartbeat fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field threshold</source>
        <translation>Feld-Schwelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key-value changed</source>
        <translation>Schlüssel-Wert geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>a rule without an id</source>
        <translation>eine Regel ohne ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rule “%1”: unknown kind, scope or severity</source>
        <translation>Regel „%1“: unbekannte Art, unbekannter Bereich oder Schweregrad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rule “%1”: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
</context>
<context>
    <name>CommandTemplates</name>
    <message>
        <location filename="../models/commands/commandtemplates.cpp" line="+26"/>
        <source>The command templates could not be read (%1): the built-in ones are offered. The file is kept (as .bak) when a template is saved.</source>
        <translation>Die Befehlsvorlagen konnten nicht gelesen werden (%1): Die eingebauten werden angeboten. Die Datei wird (als .bak) aufbewahrt, wenn eine Vorlage gespeichert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a list of templates</source>
        <translation>keine Liste von Vorlagen</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AccountDialog</name>
    <message>
        <location filename="../views/account/accountdialog.cpp" line="+28"/>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete account…</source>
        <translation>Konto &amp;löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>leave empty to keep the current one</source>
        <translation>leer lassen, um das bisherige zu behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pass&amp;word:</source>
        <translation>Neues Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This account is not verified yet.</source>
        <translation>Dieses Konto ist noch nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key identity (GET /auth): %1 %2 in project %3, app “%4”.</source>
        <translation>Schlüsselidentität (GET /auth): %1 %2 in Projekt %3, App „%4“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session started %1 for user %2 (app “%3”).</source>
        <translation>Sitzung begonnen %1 für Benutzer %2 (App „%3“).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes the account, ends every session, and deletes the homes only you belong to. Type DELETE to confirm.</source>
        <translation>Dies löscht das Konto, beendet jede Sitzung und löscht die Zuhause, denen nur Sie angehören. Geben Sie DELETE ein, um zu bestätigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting the account…</source>
        <translation>Das Konto wird gelöscht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account deleted.</source>
        <translation>Konto gelöscht.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertGroupsModel</name>
    <message numerus="yes">
        <location filename="../models/alerts/alertgroupsmodel.cpp" line="+183"/>
        <source>%n alerting now</source>
        <translation>
            <numerusform>%n alarmiert jetzt</numerusform>
            <numerusform>%n alarmieren jetzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All recovered</source>
        <translation>Alle erholt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1 (%n Eintrag)</numerusform>
            <numerusform>%1 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n homes</source>
        <translation>
            <numerusform>%n Zuhause</numerusform>
            <numerusform>%n Zuhause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n devices</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 devices alerting now, %4 not acknowledged</source>
        <translation>%1: %2 von %3 Geräten alarmieren jetzt, %4 nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertLogModel</name>
    <message>
        <location filename="../models/alerts/alertlog.cpp" line="+99"/>
        <source>Recovered</source>
        <translation>Erholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerting (seen)</source>
        <translation>Alarm (gesehen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerting</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertNotifier</name>
    <message>
        <location filename="../views/alerts/alertnotifier.cpp" line="+23"/>
        <source>Show ModeDesk</source>
        <translation>ModeDesk zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%1: %n devices</source>
        <translation>
            <numerusform>%1: %n Gerät</numerusform>
            <numerusform>%1: %n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>High alert</source>
        <translation>Hoher Alarm</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n new high alerts</source>
        <translation>
            <numerusform>%n neuer hoher Alarm</numerusform>
            <numerusform>%n neue hohe Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>…and %n more rules</source>
        <translation>
            <numerusform>…und %n weitere Regel</numerusform>
            <numerusform>…und %n weitere Regeln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ModeDesk: no alerts</source>
        <translation>ModeDesk: keine Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ModeDesk: %1 alerting now, %2 not acknowledged</source>
        <translation>ModeDesk: %1 aktiv, %2 nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertRuleDialog</name>
    <message>
        <location filename="../views/alerts/alertruledialog.cpp" line="+58"/>
        <source>On: the rule is evaluated</source>
        <translation>An: Die Regel wird ausgewertet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alert rule</source>
        <translation>Alarmregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Freezer too warm</source>
        <translation>z. B. Gefriertruhe zu warm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All homes</source>
        <translation>Alle Zuhause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One home</source>
        <translation>Ein Zuhause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device class</source>
        <translation>Eine Geräteklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One device</source>
        <translation>Ein Gerät</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>device id, e.g. 1042</source>
        <translation>Geräte-ID, z. B. 1042</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+150"/>
        <source>e.g. status</source>
        <translation>z. B. status</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>e.g. temperature or zones[2]</source>
        <translation>z. B. temperature oder zones[2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An alert recovers only once the value is this far back from the threshold, so a reading that hovers at the threshold does not alert and recover again and again.</source>
        <translation>Ein Alarm endet erst, wenn der Wert so weit hinter dem Schwellwert liegt; ein Messwert, der um den Schwellwert pendelt, löst so nicht immer wieder Alarm und Erholung aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. mode; empty: any pair</source>
        <translation>z. B. mode; leer: jedes Paar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is wrong with the rule</source>
        <translation>Was an der Regel nicht stimmt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the newest events say against the rule</source>
        <translation>Was die neuesten Ereignisse gegen die Regel sagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is:</source>
        <translation>Ist:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back past the threshold before it recovers</source>
        <translation>zurück hinter dem Schwellwert, bevor er sich erholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery &amp;margin:</source>
        <translation>Erholungs&amp;abstand:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Event type: no “%1” event among the newest ones (they are %2). Check the spelling; the rule waits for it either way.</source>
        <translation>Ereignistyp: kein „%1“-Ereignis unter den neuesten (es sind %2). Prüfen Sie die Schreibweise; die Regel wartet in jedem Fall darauf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no numbers</source>
        <translation>keine Zahlen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Field: none of the newest %n event(s) has a number at “%1” (they have %2). Check the spelling; the rule waits for it either way.</source>
        <translation>
            <numerusform>Feld: Im neuesten Ereignis (%n) gibt es keine Zahl unter „%1“ (es hat %2). Prüfen Sie die Schreibweise; die Regel wartet in jedem Fall darauf.</numerusform>
            <numerusform>Feld: Keines der %n neuesten Ereignisse hat eine Zahl unter „%1“ (sie haben %2). Prüfen Sie die Schreibweise; die Regel wartet in jedem Fall darauf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-161"/>
        <source>&amp;Event type:</source>
        <translation>&amp;Ereignistyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>home %1</source>
        <translation>Zuhause %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>e.g. reading; empty: any event</source>
        <translation>z. B. reading; leer: jedes Ereignis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No device with this id in the fleet (yet).</source>
        <translation>(Noch) kein Gerät mit dieser ID in der Flotte.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertRulesModel</name>
    <message>
        <location filename="../models/alerts/alertlog.cpp" line="-131"/>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
</context>
<context>
    <name>ModeDesk::Alerts</name>
    <message>
        <location filename="../models/alerts/alerts.cpp" line="+172"/>
        <source>The alert rules could not be read (%1). No rule is checked; fix the file&apos;s permissions and switch to the profile again.</source>
        <translation>Die Alarmregeln konnten nicht gelesen werden (%1). Keine Regel wird geprüft; korrigieren Sie die Zugriffsrechte der Datei und wechseln Sie erneut zu diesem Profil.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The alert rules file is not valid JSON (%1): no rule is checked. The file is kept (as .bak) when a rule is saved.</source>
        <translation>Die Datei der Alarmregeln ist kein gültiges JSON (%1): Keine Regel wird geprüft. Die Datei wird (als .bak) aufbewahrt, wenn eine Regel gespeichert wird.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n alert rule(s) in the file could not be read and are left out; the file is kept (as .bak) when a rule is saved.</source>
        <translation>
            <numerusform>%n Alarmregel in der Datei konnte nicht gelesen werden und wird ausgelassen; die Datei wird (als .bak) aufbewahrt, wenn eine Regel gespeichert wird.</numerusform>
            <numerusform>%n Alarmregeln in der Datei konnten nicht gelesen werden und werden ausgelassen; die Datei wird (als .bak) aufbewahrt, wenn eine Regel gespeichert wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The alert log could not be read (%1): earlier alerts are not shown.</source>
        <translation>Das Alarmprotokoll konnte nicht gelesen werden (%1): Frühere Alarme werden nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A rule with this id exists already.</source>
        <translation>Eine Regel mit dieser ID gibt es schon.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This rule was removed meanwhile.</source>
        <translation>Diese Regel wurde inzwischen entfernt.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertsPage</name>
    <message>
        <location filename="../views/alerts/alertspage.cpp" line="+53"/>
        <source>Not acknowledged only</source>
        <translation>Nur nicht bestätigte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+315"/>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge all shown</source>
        <translation>Alle gezeigten bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear recovered</source>
        <translation>Erholte entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open its home</source>
        <translation>Sein Zuhause öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New rule…</source>
        <translation>&amp;Neue Regel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Takes the alerts that are over out of the log: every entry of a device whose newest entry for the rule says Recovered.</source>
        <translation>Nimmt die beendeten Alarme aus dem Protokoll: jeden Eintrag eines Geräts, dessen neuester Eintrag für die Regel „Erholt“ lautet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter alerts by rule, home, device or value</source>
        <translation>Alarme nach Regel, Zuhause, Gerät oder Wert filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert filter</source>
        <translation>Alarmfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Turned off the rule “%1”.</source>
        <translation>Die Regel „%1“ ist ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turned on the rule “%1”.</source>
        <translation>Die Regel „%1“ ist eingeschaltet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the rule “%1”? Its alerts stay in the log.</source>
        <translation>Die Regel „%1“ entfernen? Ihre Alarme bleiben im Protokoll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed the rule “%1”; its alerts stay in the log (Clear recovered takes out those that are over).</source>
        <translation>Die Regel „%1“ ist entfernt; ihre Alarme bleiben im Protokoll („Erholte entfernen“ nimmt die beendeten heraus).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The alerts could not be saved (%1): they are lost at the next start.</source>
        <translation>Die Alarme konnten nicht gespeichert werden (%1): Sie gehen beim nächsten Start verloren.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New alert rule</source>
        <translation>Neue Alarmregel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit alert rule</source>
        <translation>Alarmregel bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added the rule “%1”.</source>
        <translation>Regel „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the rule “%1”.</source>
        <translation>Regel „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing to clear: no alert in the log is over.</source>
        <translation>Nichts zu entfernen: Kein Alarm im Protokoll ist beendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cleared %n entries of alerts that are over.</source>
        <translation>
            <numerusform>%n Eintrag beendeter Alarme entfernt.</numerusform>
            <numerusform>%n Einträge beendeter Alarme entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No rules yet. New rule… watches for a device offline too long, a missing heartbeat, a reading out of bounds or a changed key-value pair.</source>
        <translation>Noch keine Regeln. Neue Regel… meldet ein zu lange offline gebliebenes Gerät, einen fehlenden Heartbeat, einen Messwert außerhalb der Grenzen oder ein geändertes Schlüssel-Wert-Paar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules are kept with this profile and watch every home it can see.</source>
        <translation>Regeln gehören zu diesem Profil und beobachten jedes Zuhause, das es sieht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 shown · %2 not acknowledged · %3 alerting now</source>
        <translation>%1 gezeigt · %2 nicht bestätigt · %3 aktiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · the rules wait while the live link is down</source>
        <translation> · die Regeln warten, solange die Live-Verbindung unterbrochen ist</translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaim</name>
    <message>
        <location filename="../models/provisioning/bulkclaim.cpp" line="+107"/>
        <source>The saved import cannot be read: %1.</source>
        <translation>Der gespeicherte Import kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved import is damaged (%1), so it was not continued; it was kept as %2.</source>
        <translation>Der gespeicherte Import ist beschädigt (%1) und wurde daher nicht fortgesetzt; er wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 MB; a list of claim codes is far smaller. Is it the right file?</source>
        <translation>%1 ist %2 MB groß; eine Liste von Übernahmecodes ist viel kleiner. Ist es die richtige Datei?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no claim codes.</source>
        <translation>%1 enthält keine Übernahmecodes.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Devices of this import are in “%1” already: its other rows go there too. Import the codes again for another home.</source>
        <translation>Geräte dieses Imports sind bereits in „%1“: Seine übrigen Zeilen gehen ebenfalls dorthin. Importieren Sie die Codes für ein anderes Zuhause erneut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>home %1</source>
        <translation>Zuhause %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Row %1 is in the home already: rename the device on the Devices page.</source>
        <translation>Zeile %1 ist bereits im Zuhause: Benennen Sie das Gerät auf der Seite Geräte um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1 cannot be changed while it is being claimed.</source>
        <translation>Zeile %1 kann nicht geändert werden, während sie übernommen wird.</translation>
    </message>
    <message>
        <location filename="../models/provisioning/bulkclaimrun.cpp" line="+28"/>
        <source>Import a CSV of claim codes first.</source>
        <translation>Importieren Sie zuerst eine CSV-Datei mit Übernahmecodes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the home the devices go to.</source>
        <translation>Wählen Sie das Zuhause, in das die Geräte kommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is no longer in your homes (deleted, or you left it). Import the codes again for another home.</source>
        <translation>„%1“ gehört nicht mehr zu Ihren Zuhause (gelöscht oder verlassen). Importieren Sie die Codes für ein anderes Zuhause erneut.</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>Cannot read the devices of “%1”: %2</source>
        <translation>Die Geräte von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>“%1” is gone, or this account may no longer see it: the import stopped. Import the codes again for another home.</source>
        <translation>„%1“ gibt es nicht mehr, oder dieses Konto darf es nicht mehr sehen: Der Import wurde angehalten. Importieren Sie die Codes für ein anderes Zuhause erneut.</translation>
    </message>
    <message>
        <location filename="../models/provisioning/bulkclaim.cpp" line="+75"/>
        <source>The import&apos;s progress cannot be saved (%1): it goes on, but cannot be continued after a restart.</source>
        <translation>Der Fortschritt des Imports kann nicht gespeichert werden (%1): Er läuft weiter, kann aber nach einem Neustart nicht fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaimFile</name>
    <message>
        <location filename="../models/provisioning/bulkclaimfile.cpp" line="+107"/>
        <source>The first line names the columns %1, but none of them is the claim code (a column titled “Claim code” or “claimCode”).</source>
        <translation>Die erste Zeile nennt die Spalten %1, aber keine davon ist der Übernahmecode (eine Spalte mit dem Titel „Übernahmecode“ oder „claimCode“).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has %1 rows; an import takes at most %2.</source>
        <translation>Die Datei hat %1 Zeilen; ein Import nimmt höchstens %2.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written by another version of ModeDesk</source>
        <translation>von einer anderen ModeDesk-Version geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it names no home</source>
        <translation>es nennt kein Zuhause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its rows are missing or too many</source>
        <translation>die Zeilen fehlen oder sind zu viele</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no claim code</source>
        <translation>%1 hat keinen Übernahmecode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has an unknown status</source>
        <translation>%1 hat einen unbekannten Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has an unknown outcome</source>
        <translation>%1 hat ein unbekanntes Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a bad %2</source>
        <translation>%1 hat ein ungültiges %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is claimed but names no device</source>
        <translation>%1 ist übernommen, nennt aber kein Gerät</translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaimModel</name>
    <message>
        <location filename="../models/provisioning/bulkclaimmodel.cpp" line="+78"/>
        <source>Line %1 of the file</source>
        <translation>Zeile %1 der Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click or F2 to correct the code</source>
        <translation>Doppelklick oder F2, um den Code zu korrigieren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim code</source>
        <translation>Übernahmecode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaimPanel</name>
    <message>
        <location filename="../views/provisioning/bulkclaimpanel.cpp" line="+62"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim &amp;all</source>
        <translation>&amp;Alle übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put all in claim &amp;mode</source>
        <translation>Alle in den Übernahme&amp;modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Into &amp;home:</source>
        <translation>In &amp;Zuhause:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home the devices go to</source>
        <translation>Zuhause, in das die Geräte kommen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opens the claim window of every code still to claim, as each device&apos;s setup button would (a MODE sandbox only)</source>
        <translation>Öffnet das Übernahmefenster jedes noch zu übernehmenden Codes, wie es die Einrichtungstaste jedes Geräts täte (nur in einer MODE-Sandbox)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget this import: the rows and the saved progress</source>
        <translation>Diesen Import vergessen: die Zeilen und den gespeicherten Fortschritt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulk claim rows</source>
        <translation>Zeilen der Massen-Übernahme</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Claim codes</source>
        <translation>Übernahmecodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard the import</source>
        <translation>Import verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Forget the %n row(s) for “%1”? Devices already claimed stay in the home.</source>
        <translation>
            <numerusform>Die %n Zeile für „%1“ vergessen? Bereits übernommene Geräte bleiben im Zuhause.</numerusform>
            <numerusform>Die %n Zeilen für „%1“ vergessen? Bereits übernommene Geräte bleiben im Zuhause.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the results to %1.</source>
        <translation>Ergebnisse gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rows go to “%1”.</source>
        <translation>Die Zeilen gehen nach „%1“.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 devices are in claim mode for 10 minutes; %2 could not be put in claim mode (see their rows).</source>
        <translation>%1 Geräte sind für 10 Minuten im Übernahmemodus; %2 konnten nicht in den Übernahmemodus versetzt werden (siehe ihre Zeilen).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n device(s) in claim mode for 10 minutes: press Claim all.</source>
        <translation>
            <numerusform>%n Gerät für 10 Minuten im Übernahmemodus: Klicken Sie auf Alle übernehmen.</numerusform>
            <numerusform>%n Geräte für 10 Minuten im Übernahmemodus: Klicken Sie auf Alle übernehmen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An import is running: stop it before importing another file.</source>
        <translation>Ein Import läuft: Halten Sie ihn an, bevor Sie eine weitere Datei importieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the home the devices go to first (Into home).</source>
        <translation>Wählen Sie zuerst das Zuhause, in das die Geräte kommen (In Zuhause).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Replace the import</source>
        <translation>Import ersetzen</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>The import into “%1” still has %n row(s) to claim. Replace it with %2?</source>
        <translation>
            <numerusform>Der Import nach „%1“ hat noch %n Zeile zu übernehmen. Durch %2 ersetzen?</numerusform>
            <numerusform>Der Import nach „%1“ hat noch %n Zeilen zu übernehmen. Durch %2 ersetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Replace the %n row(s) of the import into “%1” with %2? Export their results first if you need them.</source>
        <translation>
            <numerusform>Die %n Zeile des Imports nach „%1“ durch %2 ersetzen? Exportieren Sie vorher die Ergebnisse, wenn Sie sie brauchen.</numerusform>
            <numerusform>Die %n Zeilen des Imports nach „%1“ durch %2 ersetzen? Exportieren Sie vorher die Ergebnisse, wenn Sie sie brauchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n code(s) ready to claim into “%1”; </source>
        <translation>
            <numerusform>%n Code bereit zur Übernahme nach „%1“; </numerusform>
            <numerusform>%n Codes bereit zur Übernahme nach „%1“; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) skipped (rows %1): see the Outcome column and correct them in the table.</source>
        <translation>
            <numerusform>%n Zeile übersprungen (Zeile %1): siehe Spalte Ergebnis; korrigieren Sie sie in der Tabelle.</numerusform>
            <numerusform>%n Zeilen übersprungen (Zeilen %1): siehe Spalte Ergebnis; korrigieren Sie sie in der Tabelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n code(s) ready to claim into “%1”.</source>
        <translation>
            <numerusform>%n Code bereit zur Übernahme nach „%1“.</numerusform>
            <numerusform>%n Codes bereit zur Übernahme nach „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>Claim into “%1”</source>
        <translation>Nach „%1“ übernehmen</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Claim %n device(s) into “%1”?</source>
        <translation>
            <numerusform>%n Gerät nach „%1“ übernehmen?</numerusform>
            <numerusform>%n Geräte nach „%1“ übernehmen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No row failed.</source>
        <translation>Keine Zeile ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Try the %n failed row(s) again, into “%1”?</source>
        <translation>
            <numerusform>Die %n fehlgeschlagene Zeile erneut versuchen, nach „%1“?</numerusform>
            <numerusform>Die %n fehlgeschlagenen Zeilen erneut versuchen, nach „%1“?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Putting the devices in claim mode…</source>
        <translation>Die Geräte werden in den Übernahmemodus versetzt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Claiming into “%1”…</source>
        <translation>Übernahme nach „%1“…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the server: it does not answer. The import goes on by itself when it does; the rows wait.</source>
        <translation>Warten auf den Server: Er antwortet nicht. Der Import geht von selbst weiter, sobald er antwortet; die Zeilen warten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping: the claims on their way finish first…</source>
        <translation>Wird angehalten: Die laufenden Übernahmen werden zuerst beendet…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Put all in claim mode: %1</source>
        <translation>Alle in den Übernahmemodus: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The import into “%1” stopped before it was through: %n row(s) still to claim.</source>
        <translation>
            <numerusform>Der Import nach „%1“ wurde vor dem Ende angehalten: noch %n Zeile zu übernehmen.</numerusform>
            <numerusform>Der Import nach „%1“ wurde vor dem Ende angehalten: noch %n Zeilen zu übernehmen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>claim-results-%1-%2.csv</source>
        <translation>uebernahme-ergebnisse-%1-%2.csv</translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaimWords</name>
    <message>
        <location filename="../models/provisioning/bulkclaimwords.cpp" line="+32"/>
        <source>claiming…</source>
        <translation>wird übernommen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claimed (device %1); naming…</source>
        <translation>übernommen (Gerät %1); wird benannt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for the server; tried again when it answers</source>
        <translation>wartet auf den Server; wird erneut versucht, sobald er antwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in claim mode until %1; waiting to be claimed</source>
        <translation>im Übernahmemodus bis %1; wartet auf die Übernahme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in this home (device %1); naming next</source>
        <translation>bereits in diesem Zuhause (Gerät %1); wird als Nächstes benannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed (device %1); naming next</source>
        <translation>übernommen (Gerät %1); wird als Nächstes benannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to check: an earlier try may have claimed it</source>
        <translation>zu prüfen: Ein früherer Versuch hat es vielleicht übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in this home (device %1)</source>
        <translation>bereits in diesem Zuhause (Gerät %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed and named (device %1)</source>
        <translation>übernommen und benannt (Gerät %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed (device %1)</source>
        <translation>übernommen (Gerät %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped: the same code as row %1</source>
        <translation>übersprungen: derselbe Code wie in Zeile %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: not a claim code. %1 Correct it in the table.</source>
        <translation>übersprungen: kein Übernahmecode. %1 Korrigieren Sie ihn in der Tabelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not in claim mode: put the device in claim mode, then Retry failed</source>
        <translation>nicht im Übernahmemodus: Gerät in den Übernahmemodus versetzen, dann Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no device has this code: check the label, correct the code, then Retry failed</source>
        <translation>kein Gerät hat diesen Code: Etikett prüfen, Code korrigieren, dann Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in your home “%1”, not “%2”: remove it there, then Retry failed</source>
        <translation>in Ihrem Zuhause „%1“, nicht „%2“: dort entfernen, dann Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in another account&apos;s home, not “%1” (MODE does not say which): its owner must remove it first</source>
        <translation>im Zuhause eines anderen Kontos, nicht „%1“ (MODE sagt nicht, welchem): Sein Besitzer muss es zuerst entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in a home already; ModeDesk cannot tell whether it is “%1” (MODE does not say which): look for it on the Devices page; if it is not there, its owner must remove it first</source>
        <translation>bereits in einem Zuhause; ModeDesk kann nicht sagen, ob es „%1“ ist (MODE sagt nicht, welches): auf der Seite Geräte suchen; ist es dort nicht, muss sein Besitzer es zuerst entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>in a home, perhaps “%1” as one of the new device(s) %2 (MODE does not say which code is which device): check it on the Devices page and name it there</source>
        <translation>
            <numerusform>in einem Zuhause, vielleicht „%1“ als das neue Gerät %2 (MODE sagt nicht, welcher Code welches Gerät ist): auf der Seite Geräte prüfen und dort benennen</numerusform>
            <numerusform>in einem Zuhause, vielleicht „%1“ als eines der neuen Geräte %2 (MODE sagt nicht, welcher Code welches Gerät ist): auf der Seite Geräte prüfen und dort benennen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>claimed (device %1), but naming failed: %2 Correct the name or tag, then Retry failed</source>
        <translation>übernommen (Gerät %1), aber das Benennen schlug fehl: %2 Name oder Tag korrigieren, dann Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n claimed now</source>
        <translation>
            <numerusform>%n jetzt übernommen</numerusform>
            <numerusform>%n jetzt übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n bereits dort</numerusform>
            <numerusform>%n bereits dort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed (see each row; correct and Retry failed)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (siehe jede Zeile; korrigieren und Fehlgeschlagene wiederholen)</numerusform>
            <numerusform>%n fehlgeschlagen (siehe jede Zeile; korrigieren und Fehlgeschlagene wiederholen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still to do</source>
        <translation>
            <numerusform>%n noch offen</numerusform>
            <numerusform>%n noch offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1”, %n row(s): %2.</source>
        <translation>
            <numerusform>„%1“, %n Zeile: %2.</numerusform>
            <numerusform>„%1“, %n Zeilen: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::ChartPage</name>
    <message>
        <location filename="../views/events/chartpage.cpp" line="+34"/>
        <location line="+181"/>
        <location line="+296"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-471"/>
        <source>Add histor&amp;y</source>
        <translation>Verla&amp;uf hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Numeric field</source>
        <translation>Numerisches Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eventData.temperature</source>
        <translation>eventData.temperature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Any device</source>
        <translation>Jedes Gerät</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 10 minutes</source>
        <translation>Letzte 10 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything live</source>
        <translation>Alles Live-Empfangene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add series</source>
        <translation>Reihe &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Series</source>
        <translation>Datenreihen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>History series</source>
        <translation>Verlaufsreihe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the home&apos;s history:</source>
        <translation>Aus dem Verlauf des Zuhauses:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;b&gt;Replay&lt;/b&gt; of %1, not live: back to live on the Events page.</source>
        <translation>&lt;b&gt;Wiedergabe&lt;/b&gt; von %1, nicht live: zurück zu live auf der Seite „Ereignisse“.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>History of %1 could not be read: %2 The chart shows live points meanwhile.</source>
        <translation>Der Verlauf von %1 konnte nicht gelesen werden: %2 Das Diagramm zeigt solange Live-Punkte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>any device</source>
        <translation>jedes Gerät</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (history)</source>
        <translation>%1 (Verlauf)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“To” must be after “From”.</source>
        <translation>„Bis“ muss nach „Von“ liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Paused at %1 – %2</source>
        <translation>Angehalten bei %1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused at %1</source>
        <translation>Angehalten bei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to live</source>
        <translation>Zurück zu live</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This home has no time-series (TSDB) module, so no history is kept: the chart shows live data only.</source>
        <translation>Dieses Zuhause hat kein Zeitreihen-Modul (TSDB), daher wird kein Verlauf gespeichert: das Diagramm zeigt nur Live-Daten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History is not available: %1 The chart shows live data.</source>
        <translation>Kein Verlauf verfügbar: %1 Das Diagramm zeigt Live-Daten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the home&apos;s series…</source>
        <translation>Reihen des Zuhauses werden geladen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pick an event type and a numeric field such as eventData.zones[7].</source>
        <translation>Wählen Sie einen Ereignistyp und ein numerisches Feld wie eventData.zones[7].</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ClaimCode</name>
    <message>
        <location filename="../models/provisioning/claimcode.cpp" line="+27"/>
        <source>Type or paste the code from the device&apos;s label.</source>
        <translation>Geben Sie den Code vom Etikett des Geräts ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim codes have no I, O, 0 or 1 (they read alike): check the label for “%1”.</source>
        <translation>Übernahmecodes enthalten kein I, O, 0 oder 1 (sie sehen sich ähnlich): prüfen Sie „%1“ auf dem Etikett.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be in a claim code: they use letters and the digits 2-9.</source>
        <translation>„%1“ kann nicht in einem Übernahmecode stehen: Sie bestehen aus Buchstaben und den Ziffern 2–9.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A claim code has 12 characters (ABCD-EFGH-JKLM); this has %1.</source>
        <translation>Ein Übernahmecode hat 12 Zeichen (ABCD-EFGH-JKLM); dieser hat %1.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ClaimPanel</name>
    <message>
        <location filename="../views/provisioning/claimpanel.cpp" line="+26"/>
        <source>&amp;Claim</source>
        <translation>Über&amp;nehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it in claim &amp;mode</source>
        <translation>In den Übernahme&amp;modus versetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rehearse with a simulated device</source>
        <translation>Mit einem simulierten Gerät &amp;üben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim a device by the code on its label</source>
        <translation>Ein Gerät mit dem Code auf seinem Etikett übernehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claim code</source>
        <translation>Übernahmecode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What pressing the device&apos;s setup button does: opens its claim window for 10 minutes (a MODE sandbox only)</source>
        <translation>Was das Drücken der Einrichtungstaste des Geräts tut: öffnet sein Übernahmefenster für 10 Minuten (nur in einer MODE-Sandbox)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: the name it gets, e.g. Water sensor kitchen</source>
        <translation>optional: der Name, den es bekommt, z. B. Wassermelder Küche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the claimed device</source>
        <translation>Name des übernommenen Geräts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag of the claimed device</source>
        <translation>Tag des übernommenen Geräts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Into:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim code:</source>
        <translation>Übernahmecode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practise</source>
        <translation>Üben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device class to rehearse with</source>
        <translation>Geräteklasse zum Üben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device class:</source>
        <translation>Geräteklasse:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Claiming %1…</source>
        <translation>%1 wird übernommen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A simulated device is in claim mode with the code %1: press Claim.</source>
        <translation>Ein simuliertes Gerät ist mit dem Code %1 im Übernahmemodus: Klicken Sie auf Übernehmen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(pick a home on the left)</source>
        <translation>(links ein Zuhause wählen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The demo has a spare sensor to practise on: claim code %1. Type it above and press Put it in claim mode, then Claim.</source>
        <translation>Die Demo hat einen Ersatzsensor zum Üben: Übernahmecode %1. Geben Sie ihn oben ein und klicken Sie auf In den Übernahmemodus versetzen, dann auf Übernehmen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening the claim window of %1…</source>
        <translation>Das Übernahmefenster von %1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in claim mode for 10 minutes: press Claim.</source>
        <translation>%1 ist für 10 Minuten im Übernahmemodus: Klicken Sie auf Übernehmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making a simulated device…</source>
        <translation>Simuliertes Gerät wird erstellt…</translation>
    </message>
</context>
<context>
    <name>ModeDesk::CommandComposer</name>
    <message>
        <location filename="../views/commands/commandcomposer.cpp" line="+55"/>
        <source>Send as a home event (needs a project key with the events permission)</source>
        <translation>Als Zuhause-Ereignis senden (braucht einen Projektschlüssel mit Ereignis-Berechtigung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+370"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Filter devices (name, class, tag)</source>
        <translation>Geräte filtern (Name, Klasse, Tag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target filter</source>
        <translation>Zielfilter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select all &amp;shown</source>
        <translation>Alle &amp;angezeigten wählen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Target devices</source>
        <translation>Zielgeräte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fleet targets</source>
        <translation>Ziele aus der Flotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this home&apos;s devices instead</source>
        <translation>Stattdessen die Geräte dieses Zuhauses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MODE delivers a command only to a device that is connected.</source>
        <translation>MODE stellt einen Befehl nur einem verbundenen Gerät zu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this command as a template for the chosen devices&apos; classes</source>
        <translation>Diesen Befehl als Vorlage für die Klassen der gewählten Geräte speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen template</source>
        <translation>Die gewählte Vorlage löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. set-setpoint</source>
        <translation>z. B. set-setpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. pong; empty: no particular answer awaited</source>
        <translation>z. B. pong; leer: keine bestimmte Antwort erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply event type</source>
        <translation>Typ des Antwort-Ereignisses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event type the device answers this command with. The command counts as answered only by that event (or by command-rejected).</source>
        <translation>Der Ereignistyp, mit dem das Gerät auf diesen Befehl antwortet. Nur dieses Ereignis (oder command-rejected) gilt als Antwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A JSON object, e.g. {&quot;zone&quot;: 2, &quot;duration&quot;: 120}, or empty</source>
        <translation>Ein JSON-Objekt, z. B. {&quot;zone&quot;: 2, &quot;duration&quot;: 120}, oder leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project key (kept in the system keychain with this profile)</source>
        <translation>Projektschlüssel (im Schlüsselbund des Systems bei diesem Profil gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project key</source>
        <translation>Projektschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameters (JSON object):</source>
        <translation>&amp;Parameter (JSON-Objekt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply event:</source>
        <translation>&amp;Antwort-Ereignis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project &amp;key:</source>
        <translation>Projekt&amp;schlüssel:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sent commands</source>
        <translation>Gesendete Befehle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resend selected</source>
        <translation>Auswahl &amp;erneut senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent, and what came back</source>
        <translation>Gesendet – und was zurückkam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen command, its outcome and its reply</source>
        <translation>Der gewählte Befehl, sein Ergebnis und seine Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a command to see its outcome and the whole reply.</source>
        <translation>Wählen Sie einen Befehl, um sein Ergebnis und die ganze Antwort zu sehen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>&lt;b&gt;%n device(s)&lt;/b&gt; picked on the Fleet page</source>
        <translation>
            <numerusform>&lt;b&gt;%n Gerät&lt;/b&gt; auf der Flottenseite gewählt</numerusform>
            <numerusform>&lt;b&gt;%n Geräte&lt;/b&gt; auf der Flottenseite gewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, in %n home(s).</source>
        <translation>
            <numerusform>, in %n Zuhause.</numerusform>
            <numerusform>, in %n Zuhausen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Who is online is not known while the live link is down.</source>
        <translation>&lt;br&gt;Wer online ist, ist unbekannt, solange die Live-Verbindung unterbrochen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;&lt;b&gt;All of them are offline now&lt;/b&gt;: a command reaches only a connected device.</source>
        <translation>&lt;br&gt;&lt;b&gt;Alle sind jetzt offline&lt;/b&gt;: Ein Befehl erreicht nur ein verbundenes Gerät.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;br&gt;&lt;b&gt;%n of them offline now&lt;/b&gt;: a command reaches only a connected device.</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;%n davon jetzt offline&lt;/b&gt;: Ein Befehl erreicht nur ein verbundenes Gerät.</numerusform>
            <numerusform>&lt;br&gt;&lt;b&gt;%n davon jetzt offline&lt;/b&gt;: Ein Befehl erreicht nur ein verbundenes Gerät.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;br&gt;%n of them as last seen: whether they are online is known once their home is read.</source>
        <translation>
            <numerusform>&lt;br&gt;%n davon im zuletzt gesehenen Stand: Ob es online ist, steht fest, sobald sein Zuhause geladen ist.</numerusform>
            <numerusform>&lt;br&gt;%n davon im zuletzt gesehenen Stand: Ob sie online sind, steht fest, sobald ihr Zuhause geladen ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Each gets the command; outcomes and replies show below.</source>
        <translation>&lt;br&gt;Jedes erhält den Befehl; Ergebnisse und Antworten stehen unten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Send (none known online)</source>
        <translation>&amp;Senden (keines sicher online)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send (none online)</source>
        <translation>&amp;Senden (keines online)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send to %1 devices</source>
        <translation>An %1 Geräte &amp;senden</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>Only the ones &amp;online now</source>
        <translation>Nur die jetzt &amp;online sind</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>The templates could not be saved (%1).</source>
        <translation>Die Vorlagen konnten nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command history could not be saved (%1): what is sent now is not kept for the next start.</source>
        <translation>Der Befehlsverlauf konnte nicht gespeichert werden (%1): Was jetzt gesendet wird, ist beim nächsten Start nicht mehr da.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>(no template)</source>
        <translation>(keine Vorlage)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The parameters are not valid JSON. %1</source>
        <translation>Die Parameter sind kein gültiges JSON. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameters must be a JSON object, e.g. {&quot;zone&quot;: 2}.</source>
        <translation>Parameter müssen ein JSON-Objekt sein, z. B. {&quot;zone&quot;: 2}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A home event needs a home and a project key with the events permission.</source>
        <translation>Ein Zuhause-Ereignis braucht ein Zuhause und einen Projektschlüssel mit Ereignis-Berechtigung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the home event…</source>
        <translation>Zuhause-Ereignis wird gesendet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home event “%1” sent.</source>
        <translation>Zuhause-Ereignis „%1“ gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sending to %n device(s)…</source>
        <translation>
            <numerusform>Wird an %n Gerät gesendet…</numerusform>
            <numerusform>Wird an %n Geräte gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n device(s) did not get the command: see the history below.</source>
        <translation>
            <numerusform>%n Gerät hat den Befehl nicht erhalten: siehe Verlauf unten.</numerusform>
            <numerusform>%n Geräte haben den Befehl nicht erhalten: siehe Verlauf unten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Sending again to %1…</source>
        <translation>Wird erneut an %1 gesendet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier “%1”: </source>
        <translation>Früheres „%1“: </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delivered to %n device(s); outcomes and replies show in the history below.</source>
        <translation>
            <numerusform>An %n Gerät zugestellt; Ergebnisse und Antworten erscheinen unten im Verlauf.</numerusform>
            <numerusform>An %n Geräte zugestellt; Ergebnisse und Antworten erscheinen unten im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pick a device: templates belong to a device class.</source>
        <translation>Wählen Sie ein Gerät: Vorlagen gehören zu einer Geräteklasse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the template “%1”.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::CommandHistory</name>
    <message>
        <location filename="../models/commands/commandhistory.cpp" line="+111"/>
        <source>Type an action first.</source>
        <translation>Geben Sie zuerst eine Aktion ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An action name has at most 100 characters.</source>
        <translation>Ein Aktionsname hat höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be in an action name: put the parameters in the Parameters box.</source>
        <translation>„%1“ kann nicht in einem Aktionsnamen stehen: Parameter gehören in das Feld „Parameter“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be in an action name: use letters, digits and - _ . : /, starting with a letter or digit.</source>
        <translation>„%1“ kann nicht in einem Aktionsnamen stehen: Verwenden Sie Buchstaben, Ziffern und - _ . : /, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The command history could not be read (%1): earlier commands are not shown.</source>
        <translation>Der Befehlsverlauf konnte nicht gelesen werden (%1): Frühere Befehle werden nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
</context>
<context>
    <name>ModeDesk::CommandHistoryModel</name>
    <message>
        <location filename="../models/commands/commandhistorymodel.cpp" line="+27"/>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered, waiting for “%1”…</source>
        <translation>zugestellt, warte auf „%1“…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not delivered: %1</source>
        <translation>nicht zugestellt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected by the device</source>
        <translation>vom Gerät abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected by the device: %1</source>
        <translation>vom Gerät abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replied: %1</source>
        <translation>beantwortet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no “%1” within %n s</source>
        <translation>
            <numerusform>kein „%1“ innerhalb von %n s</numerusform>
            <numerusform>kein „%1“ innerhalb von %n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2 (id %3), sent %4</source>
        <translation>%1 an %2 (ID %3), gesendet %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameters: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2:</source>
        <translation>%1 um %2:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n other event(s) from the device within %1 s:</source>
        <translation>
            <numerusform>%n weiteres Ereignis des Geräts innerhalb von %1 s:</numerusform>
            <numerusform>%n weitere Ereignisse des Geräts innerhalb von %1 s:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n other event(s)</source>
        <translation>
            <numerusform>%n weiteres Ereignis</numerusform>
            <numerusform>%n weitere Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the command to read the whole reply below.</source>
        <translation>Wählen Sie den Befehl, um unten die ganze Antwort zu lesen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>ModeDesk::Dashboard</name>
    <message>
        <location filename="../app/dashboard.cpp" line="+107"/>
        <source>The saved key did not work: %1</source>
        <translation>Der gespeicherte Schlüssel hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Local sandbox stopped: restarting in %1 s…</source>
        <translation>Lokale Sandbox gestoppt: Neustart in %1 s…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restarting the local sandbox…</source>
        <translation>Lokale Sandbox wird neu gestartet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local sandbox could not start.
%1</source>
        <translation>Die lokale Sandbox konnte nicht starten.
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain is not available (%1): keys are kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1): Schlüssel gelten nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The system keychain refused a change (%1): the key may be asked for again at the next start, or stay stored until removed in the keychain app.</source>
        <translation>Der Schlüsselbund des Systems hat eine Änderung abgelehnt (%1): Beim nächsten Start wird der Schlüssel eventuell erneut abgefragt, oder er bleibt gespeichert, bis Sie ihn in der Schlüsselbund-App entfernen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No connection profile yet. Create one with File → New profile.</source>
        <translation>Noch kein Verbindungsprofil. Legen Sie eines an mit Datei → Neues Profil.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Starting the local MODE sandbox…</source>
        <translation>Die lokale MODE-Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sign in as the demo user %1; the outbox has the codes.</source>
        <translation>Melden Sie sich als Demo-Benutzer %1 an; die Codes stehen im Postausgang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in as the demo user…</source>
        <translation>Anmeldung als Demo-Benutzer…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signed out: %1</source>
        <translation>Abgemeldet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The outbox belongs to the local sandbox, which is not running.</source>
        <translation>Der Postausgang gehört zur lokalen Sandbox, die nicht läuft.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The account was deleted.</source>
        <translation>Das Konto wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An import is claiming devices into “%1”. Apply the profile? The claims on their way finish first; the import can be continued afterwards.</source>
        <translation>Ein Import übernimmt Geräte nach „%1“. Das Profil übernehmen? Die laufenden Übernahmen werden zuerst beendet; der Import kann danach fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop and apply</source>
        <translation>&amp;Anhalten und übernehmen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sandbox admin key</source>
        <translation>Admin-Schlüssel der Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin key of the MODE sandbox at %1. It is kept in the system keychain; leave it empty to remove it.</source>
        <translation>Der Admin-Schlüssel der MODE-Sandbox unter %1. Er wird im Schlüsselbund des Systems aufbewahrt; leer lassen, um ihn zu entfernen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ModeDesk uses %1 from the next start.</source>
        <translation>ModeDesk verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>ModeDesk::DeviceClaim</name>
    <message>
        <location filename="../models/provisioning/deviceclaim.cpp" line="+38"/>
        <source>Pick a home on the left first.</source>
        <translation>Wählen Sie zuerst links ein Zuhause.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>This device (id %1) is in your home “%2”, not in “%3”. Remove it there first, then claim it here.</source>
        <translation>Dieses Gerät (ID %1) ist in Ihrem Zuhause „%2“, nicht in „%3“. Entfernen Sie es dort zuerst, dann übernehmen Sie es hier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device (id %1) is in a home of another account, not in “%2” (MODE does not say which). Its owner must remove it first.</source>
        <translation>Dieses Gerät (ID %1) ist im Zuhause eines anderen Kontos, nicht in „%2“ (MODE sagt nicht, welchem). Sein Besitzer muss es zuerst entfernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is in a home already. ModeDesk has not claimed this code before, so it cannot tell whether that home is “%1” (MODE does not say which): look for it on the Devices page; if it is not there, its owner must remove it first.</source>
        <translation>Dieses Gerät ist bereits in einem Zuhause. ModeDesk hat diesen Code noch nie übernommen und kann daher nicht sagen, ob dieses Zuhause „%1“ ist (MODE sagt nicht, welches): Suchen Sie es auf der Seite Geräte; ist es dort nicht, muss sein Besitzer es zuerst entfernen.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The device is not in claim mode. Put it in claim mode (hold its setup button, or use its app): the window lasts 10 minutes by default, then claim again.</source>
        <translation>Das Gerät ist nicht im Übernahmemodus. Versetzen Sie es in den Übernahmemodus (Einrichtungstaste halten oder seine App nutzen): Das Zeitfenster dauert standardmäßig 10 Minuten; dann erneut übernehmen.</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+49"/>
        <source>Device %1 (%2) is now in “%3”.</source>
        <translation>Gerät %1 (%2) ist jetzt in „%3“.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No device has this claim code. Check the label: codes look like ABCD-EFGH-JKLM (no I, O, 0 or 1).</source>
        <translation>Kein Gerät hat diesen Übernahmecode. Prüfen Sie das Etikett: Codes sehen aus wie ABCD-EFGH-JKLM (kein I, O, 0 oder 1).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Device %1 (%2) is now in “%3”, but naming it failed: %4 Rename it on the Devices page.</source>
        <translation>Gerät %1 (%2) ist jetzt in „%3“, aber das Benennen schlug fehl: %4 Benennen Sie es auf der Seite Geräte um.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Device %1 (%2) is in “%3” already: nothing to do.</source>
        <translation>Gerät %1 (%2) ist bereits in „%3“: nichts zu tun.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The device is already in a home; which one could not be checked: %1</source>
        <translation>Das Gerät ist bereits in einem Zuhause; welches, ließ sich nicht prüfen: %1</translation>
    </message>
</context>
<context>
    <name>ModeDesk::DevicesModel</name>
    <message>
        <location filename="../models/home/devicesmodel.cpp" line="+11"/>
        <location line="+18"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last connected</source>
        <translation>Zuletzt verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last disconnected</source>
        <translation>Zuletzt getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unnamed %1, %2)</source>
        <translation>(unbenannt, %1, %2)</translation>
    </message>
</context>
<context>
    <name>ModeDesk::DevicesPage</name>
    <message>
        <location filename="../views/home/devicespage.cpp" line="+25"/>
        <source>Filter devices by name, class, tag or id</source>
        <translation>Geräte nach Name, Klasse, Tag oder ID filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from home…</source>
        <translation>Aus dem Zuhause entfernen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device tag</source>
        <translation>Geräte-Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Pick a device to see its details.</source>
        <translation>Wählen Sie ein Gerät, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;middot; id %2 &amp;middot; class &lt;b&gt;%3&lt;/b&gt; &amp;middot; %4&lt;br&gt;Last connected %5 &amp;middot; last disconnected %6 &amp;middot; last event %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;middot; ID %2 &amp;middot; Klasse &lt;b&gt;%3&lt;/b&gt; &amp;middot; %4&lt;br&gt;Zuletzt verbunden %5 &amp;middot; zuletzt getrennt %6 &amp;middot; letztes Ereignis %7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>online state unknown (no live link)</source>
        <translation>Online-Status unbekannt (keine Live-Verbindung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online state unknown (as last seen)</source>
        <translation>Online-Status unbekannt (zuletzt gesehener Stand)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A device needs a name.</source>
        <translation>Ein Gerät braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving device…</source>
        <translation>Gerät wird gespeichert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” (device %2) from this home? Pre-provisioned hardware can be claimed again later.</source>
        <translation>„%1“ (Gerät %2) aus diesem Zuhause entfernen? Vorab bereitgestellte Hardware kann später erneut übernommen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing device…</source>
        <translation>Gerät wird entfernt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ErrorText</name>
    <message>
        <location filename="../models/session/errortext.cpp" line="+19"/>
        <source>Cannot reach %1. Check the network and the server address in the profile.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie das Netzwerk und die Serveradresse im Profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time. Try again; if it keeps happening, the server may be overloaded.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut; passiert es öfter, ist der Server vielleicht überlastet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your key no longer works (signed out, or the session ended). Sign in again.</source>
        <translation>Ihr Schlüssel gilt nicht mehr (abgemeldet oder Sitzung beendet). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong tries: wait %1, then try again (or reset the password).</source>
        <translation>Zu viele Fehlversuche: Warten Sie %1 und versuchen Sie es dann erneut (oder setzen Sie das Passwort zurück).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests: wait %1, then try again.</source>
        <translation>Zu viele Anfragen: Warten Sie %1 und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy (503). Wait a moment and try again.</source>
        <translation>Der Server ist ausgelastet (503). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed (%1 %2). Try again later.</source>
        <translation>Serverfehler (%1 %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the home&apos;s only owner. Add another owner before removing them.</source>
        <translation>Dies ist der einzige Besitzer des Zuhauses. Fügen Sie einen weiteren Besitzer hinzu, bevor Sie ihn entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That person is already a member of this home.</source>
        <translation>Diese Person ist bereits Mitglied dieses Zuhauses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with that address already exists. Sign in instead, or reset the password.</source>
        <translation>Ein Konto mit dieser Adresse existiert bereits. Melden Sie sich stattdessen an oder setzen Sie das Passwort zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That account exists but is not verified yet. Send the verification again.</source>
        <translation>Dieses Konto existiert, ist aber noch nicht bestätigt. Senden Sie die Bestätigung erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is not verified yet. Open the verification mail, or send it again.</source>
        <translation>Dieses Konto ist noch nicht bestätigt. Öffnen Sie die Bestätigungs-E-Mail oder senden Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account uses that email address. Check it, or sign up.</source>
        <translation>Kein Konto nutzt diese E-Mail-Adresse. Prüfen Sie sie oder registrieren Sie sich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account uses that phone number. Check it, or sign up.</source>
        <translation>Kein Konto nutzt diese Telefonnummer. Prüfen Sie sie oder registrieren Sie sich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong password. Try again, or reset it.</source>
        <translation>Falsches Passwort. Versuchen Sie es erneut oder setzen Sie es zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That code is wrong or expired (codes last 10 minutes). Ask for a new one.</source>
        <translation>Dieser Code ist falsch oder abgelaufen (Codes gelten 10 Minuten). Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That token is wrong, expired or already used. Ask for a new one.</source>
        <translation>Dieses Token ist falsch, abgelaufen oder schon benutzt. Fordern Sie ein neues an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not an email address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a phone number. Use the international form, e.g. +15555550100.</source>
        <translation>Das ist keine Telefonnummer. Nutzen Sie die internationale Form, z. B. +15555550100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Das Passwort ist zu kurz: mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is too easy to guess. Choose another.</source>
        <translation>Das Passwort ist zu leicht zu erraten. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another account already uses that email address.</source>
        <translation>Ein anderes Konto nutzt diese E-Mail-Adresse bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys use letters, digits, &apos;_&apos; and &apos;-&apos;, start and end with a letter or digit, and have at most 64 characters.</source>
        <translation>Schlüssel bestehen aus Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;, beginnen und enden mit Buchstabe oder Ziffer und haben höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value must be JSON and not null.</source>
        <translation>Der Wert muss JSON und nicht null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value is too large (at most 64 KiB of JSON).</source>
        <translation>Der Wert ist zu groß (höchstens 64 KiB JSON).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device is offline: it cannot take commands until it reconnects.</source>
        <translation>Das Gerät ist offline: Es kann keine Befehle annehmen, bis es sich wieder verbindet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device is not in claim mode. Put it in claim mode (windows last 10 minutes by default) and try again.</source>
        <translation>Das Gerät ist nicht im Übernahmemodus. Versetzen Sie es in den Übernahmemodus (das Zeitfenster dauert standardmäßig 10 Minuten) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device already belongs to a home. Remove it there first.</source>
        <translation>Das Gerät gehört bereits zu einem Zuhause. Entfernen Sie es dort zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device has that claim code. Check the label.</source>
        <translation>Kein Gerät hat diesen Übernahmecode. Prüfen Sie das Etikett.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has the most homes allowed.</source>
        <translation>Dieses Konto hat bereits die höchste erlaubte Zahl an Zuhause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This home has the most members allowed.</source>
        <translation>Dieses Zuhause hat bereits die höchste erlaubte Zahl an Mitgliedern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key is not allowed to do that. Sign in with an account that may, or ask the home&apos;s owner.</source>
        <translation>Dieser Schlüssel darf das nicht. Melden Sie sich mit einem Konto an, das es darf, oder fragen Sie den Besitzer des Zuhauses.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server refused this account (403): it may not do that. Ask the home&apos;s owner, or sign in with another account.</source>
        <translation>Der Server hat dieses Konto abgewiesen (403): Es darf das nicht. Fragen Sie den Besitzer des Zuhauses, oder melden Sie sich mit einem anderen Konto an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request (%1). Refresh and try again; if it keeps happening, the Details say what the server sent.</source>
        <translation>Der Server hat die Anfrage abgewiesen (%1). Aktualisieren Sie und versuchen Sie es erneut; wenn es wieder geschieht, zeigen die Details, was der Server geschickt hat.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The profile&apos;s app id is not an app of this project. Fix it in the profile.</source>
        <translation>Die App-ID des Profils ist keine App dieses Projekts. Korrigieren Sie sie im Profil.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The server sent an answer ModeDesk cannot read. Nothing was changed here; check that the profile points at a MODE API.</source>
        <translation>Der Server hat eine Antwort geschickt, die ModeDesk nicht lesen kann. Hier wurde nichts geändert; prüfen Sie, ob das Profil auf eine MODE-API zeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an answer too large to take, so it was dropped and nothing was changed here. The server may be misbehaving: try again later, or tell its operator.</source>
        <translation>%1 hat eine zu große Antwort geschickt; sie wurde verworfen und hier wurde nichts geändert. Der Server verhält sich womöglich fehlerhaft: Versuchen Sie es später erneut, oder melden Sie es seinem Betreiber.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server redirected the request elsewhere, so it was not sent. Check the server address in the profile.</source>
        <translation>Der Server hat die Anfrage anderswohin umgeleitet, daher wurde sie nicht gesendet. Prüfen Sie die Serveradresse im Profil.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The profile&apos;s project id is wrong. Fix it in the profile.</source>
        <translation>Die Projekt-ID des Profils ist falsch. Korrigieren Sie sie im Profil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not take this time zone. Pick another from the list, e.g. Europe/Berlin.</source>
        <translation>Der Server nimmt diese Zeitzone nicht an. Wählen Sie eine andere aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not take this name (%1). Correct it and try again.</source>
        <translation>Der Server nimmt diesen Namen nicht an (%1). Korrigieren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not take this tag (%1). Correct it and try again.</source>
        <translation>Der Server nimmt diesen Tag nicht an (%1). Korrigieren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the input. Check what was typed.</source>
        <translation>Der Server hat die Eingabe abgelehnt. Prüfen Sie, was eingegeben wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the field “%1” (%2). Correct it and try again.</source>
        <translation>Der Server hat das Feld „%1“ abgelehnt (%2). Korrigieren Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found: it was deleted, or this account cannot see it. Refresh the list.</source>
        <translation>Nicht gefunden: Es wurde gelöscht, oder dieses Konto kann es nicht sehen. Aktualisieren Sie die Liste.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::EventLogModel</name>
    <message>
        <location filename="../models/events/eventlogmodel.cpp" line="+43"/>
        <source>(home)</source>
        <translation>(Zuhause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the event to see its whole payload.</source>
        <translation>Wählen Sie das Ereignis, um die ganzen Nutzdaten zu sehen.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
</context>
<context>
    <name>ModeDesk::EventReplayer</name>
    <message>
        <location filename="../models/events/eventrecording.cpp" line="+77"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 holds no events.</source>
        <translation>%1 enthält keine Ereignisse.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::EventsPage</name>
    <message>
        <location filename="../views/events/eventspage.cpp" line="+40"/>
        <location line="+165"/>
        <location line="+112"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+130"/>
        <location line="+168"/>
        <source>&amp;Record…</source>
        <translation>&amp;Aufzeichnen…</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Device filter</source>
        <translation>Gerätefilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event type filter</source>
        <translation>Ereignistyp-Filter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All event types</source>
        <translation>Alle Ereignistypen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text, also inside the payload</source>
        <translation>Text, auch in den Nutzdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;play…</source>
        <translation>&amp;Wiedergeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CSV…</source>
        <translation>Als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As JSON…</source>
        <translation>Als JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>keep </source>
        <translation>behalte </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log size</source>
        <translation>Protokollgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many events the log holds; older ones make room (and are counted).</source>
        <translation>Wie viele Ereignisse das Protokoll hält; ältere machen Platz (und werden gezählt).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select an event to see all of it.</source>
        <translation>Wählen Sie ein Ereignis, um es ganz zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back to live</source>
        <translation>&amp;Zurück zu live</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay status</source>
        <translation>Wiedergabestatus</translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>%Ln event(s) in the replay</source>
        <translation>
            <numerusform>%Ln Ereignis in der Wiedergabe</numerusform>
            <numerusform>%Ln Ereignisse in der Wiedergabe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln event(s) in the log (holds %1)</source>
        <translation>
            <numerusform>%Ln Ereignis im Protokoll (Platz für %1)</numerusform>
            <numerusform>%Ln Ereignisse im Protokoll (Platz für %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filtering… %1%</source>
        <translation>filtere… %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 unreadable lines of %2 were skipped.</source>
        <translation>%1 unlesbare Zeilen von %2 wurden übersprungen.</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Recording stopped: %1</source>
        <translation>Aufzeichnung beendet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <location line="+112"/>
        <source>&amp;Resume (%n new)</source>
        <translation>
            <numerusform>&amp;Fortsetzen (%n neues)</numerusform>
            <numerusform>&amp;Fortsetzen (%n neue)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-95"/>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;Replay&lt;/b&gt; of %1: %2 recorded events, not live. Export writes these. Live events keep arriving in the live log.</source>
        <translation>&lt;b&gt;Wiedergabe&lt;/b&gt; von %1: %2 aufgezeichnete Ereignisse, nicht live. Der Export schreibt diese. Live-Ereignisse kommen weiter im Live-Protokoll an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Replaying&lt;/b&gt; %1 (%2 events)…</source>
        <translation>&lt;b&gt;Wiedergabe&lt;/b&gt; von %1 (%2 Ereignisse)…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 older events dropped to make room</source>
        <translation>%1 ältere Ereignisse entfernt, um Platz zu machen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>paused: %n new event(s) waiting</source>
        <translation>
            <numerusform>pausiert: %n neues Ereignis wartet</numerusform>
            <numerusform>pausiert: %n neue Ereignisse warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording to %1 (%2 events)</source>
        <translation>Aufzeichnung nach %1 (%2 Ereignisse)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot record to %1: %2</source>
        <translation>Aufzeichnung nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop &amp;recording</source>
        <translation>Aufzeichnung &amp;beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording every event to %1.</source>
        <translation>Jedes Ereignis wird nach %1 aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recording saved.</source>
        <translation>Aufzeichnung gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record events to</source>
        <translation>Ereignisse aufzeichnen nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event recordings (*.jsonl)</source>
        <translation>Ereignisaufzeichnungen (*.jsonl)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replay a recording</source>
        <translation>Aufzeichnung wiedergeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event recordings (*.jsonl);;All files (*)</source>
        <translation>Ereignisaufzeichnungen (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the events shown</source>
        <translation>Die angezeigten Ereignisse exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ModeDesk::FleetGroupsModel</name>
    <message>
        <location filename="../models/fleet/fleetmodel.cpp" line="+136"/>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>ModeDesk::FleetModel</name>
    <message>
        <location line="-86"/>
        <source>Device %1 (%2) in %3</source>
        <translation>Gerät %1 (%2) in %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event type</source>
        <translation>Letzter Ereignistyp</translation>
    </message>
</context>
<context>
    <name>ModeDesk::FleetPage</name>
    <message>
        <location filename="../views/fleet/fleetpage.cpp" line="+98"/>
        <source>Devices per home</source>
        <translation>Geräte je Zuhause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices per class</source>
        <translation>Geräte je Klasse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load again</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all shown</source>
        <translation>Alle gezeigten wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send command to selected…</source>
        <translation>Befehl an gewählte senden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open its home</source>
        <translation>Sein Zuhause öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by home, name, class, tag, event type or id</source>
        <translation>Nach Zuhause, Name, Klasse, Tag, Ereignistyp oder ID filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet filter</source>
        <translation>Flottenfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online state</source>
        <translation>Online-Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online or not</source>
        <translation>Online oder nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online only</source>
        <translation>Nur online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline only</source>
        <translation>Nur offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device class</source>
        <translation>Geräteklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide columns (also from the table header&apos;s menu)</source>
        <translation>Spalten ein- oder ausblenden (auch über das Menü der Tabellenüberschrift)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every device of every home</source>
        <translation>Jedes Gerät jedes Zuhauses</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Per home</source>
        <translation>Je Zuhause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per class</source>
        <translation>Je Klasse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a row to show only its devices.</source>
        <translation>Eine Zeile anklicken zeigt nur ihre Geräte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Homes loaded</source>
        <translation>Geladene Zuhause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices shown</source>
        <translation>Gezeigte Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the command composer with the picked devices as targets</source>
        <translation>Öffnet den Befehlseditor mit den gewählten Geräten als Ziele</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pick the devices first (or Select all shown).</source>
        <translation>Wählen Sie zuerst die Geräte (oder Alle gezeigten wählen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 devices are picked; a command goes to at most %2 at once. Narrow the filter.</source>
        <translation>%1 Geräte sind gewählt; ein Befehl geht an höchstens %2 auf einmal. Grenzen Sie den Filter ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Command many devices</source>
        <translation>Viele Geräte ansteuern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a command to %1 devices in several homes? The composer opens with them as targets; nothing is sent until you press Send there.</source>
        <translation>Einen Befehl an %1 Geräte in mehreren Zuhausen senden? Der Befehlseditor öffnet sich mit ihnen als Ziele; gesendet wird erst, wenn Sie dort Senden drücken.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 devices</source>
        <translation>%1 Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 devices shown</source>
        <translation>%1 von %2 Geräten gezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 online</source>
        <translation> · %1 online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 online in the whole fleet</source>
        <translation> · %1 online in der ganzen Flotte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · online state unknown (no live link)</source>
        <translation> · Online-Zustand unbekannt (keine Live-Verbindung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 selected</source>
        <translation> · %1 gewählt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All homes</source>
        <translation>Alle Zuhause</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Homes loaded: %1 of %2</source>
        <translation>Zuhause geladen: %1 von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Greyed rows are as last seen on %1.</source>
        <translation>Grau dargestellte Zeilen zeigen den Stand vom %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They are being checked with the server.</source>
        <translation>Sie werden mit dem Server abgeglichen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The devices of %n home(s) could not be loaded. %1 Then Load again.</source>
        <translation>
            <numerusform>Die Geräte von %n Zuhause konnten nicht geladen werden. %1 Dann Erneut laden.</numerusform>
            <numerusform>Die Geräte von %n Zuhause konnten nicht geladen werden. %1 Dann Erneut laden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n device(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n Gerät vom Server konnte nicht gelesen werden und wird ausgelassen.</numerusform>
            <numerusform>%n Geräte vom Server konnten nicht gelesen werden und werden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::HistoryExport</name>
    <message>
        <location filename="../models/history/historycatalog.cpp" line="+110"/>
        <location line="+13"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>Pick a series or collection to export.</source>
        <translation>Wählen Sie eine Reihe oder Sammlung zum Exportieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 (%2 KiB).</source>
        <translation>%1 exportiert (%2 KiB).</translation>
    </message>
</context>
<context>
    <name>ModeDesk::HistoryItemsModel</name>
    <message>
        <location line="-421"/>
        <location line="+42"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Collection (%1)</source>
        <translation>Sammlung (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No points yet</source>
        <translation>Noch keine Punkte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First point</source>
        <translation>Erster Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last point</source>
        <translation>Letzter Punkt</translation>
    </message>
</context>
<context>
    <name>ModeDesk::HistoryPage</name>
    <message>
        <location filename="../views/history/historypage.cpp" line="+32"/>
        <source>Filter series</source>
        <translation>Reihen filtern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sho&amp;w on chart</source>
        <translation>Im Diagramm &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete r&amp;ange…</source>
        <translation>Zeitr&amp;aum löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Pick a home on the left to see its history.</source>
        <translation>Wählen Sie links ein Zuhause, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This home has no time-series (TSDB) module, so no history is kept. Ask the project&apos;s administrator to add one in the MODE console; the Chart page shows live data meanwhile.</source>
        <translation>Dieses Zuhause hat kein Zeitreihen-Modul (TSDB), daher wird kein Verlauf gespeichert. Bitten Sie die Projektverwaltung, eines in der MODE-Konsole hinzuzufügen; die Diagrammseite zeigt solange Live-Daten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The home&apos;s series could not be listed: %1</source>
        <translation>Die Reihen des Zuhauses konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the home&apos;s series…</source>
        <translation>Reihen des Zuhauses werden geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No series yet: devices add them by sending timeSeriesData in their events.</source>
        <translation>Noch keine Reihen: Geräte legen sie an, indem sie timeSeriesData in ihren Ereignissen senden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n series and collections.</source>
        <translation>
            <numerusform>%n Reihe oder Sammlung.</numerusform>
            <numerusform>%n Reihen und Sammlungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The range ends before it begins: pick a later “To”.</source>
        <translation>Der Zeitraum endet vor seinem Beginn: wählen Sie ein späteres „Bis“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>history-%1.zip</source>
        <translation>verlauf-%1.zip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP of CSV files (*.zip)</source>
        <translation>ZIP mit CSV-Dateien (*.zip)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exporting %n item(s)…</source>
        <translation>
            <numerusform>%n Eintrag wird exportiert…</numerusform>
            <numerusform>%n Einträge werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete every point of %1 from %2? This cannot be undone.</source>
        <translation>Alle Punkte von %1 im Zeitraum %2 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete every point from %1 of %n item(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Alle Punkte von %1 aus %n Eintrag löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Alle Punkte von %1 aus %n Einträgen löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete range</source>
        <translation>Zeitraum löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting points…</source>
        <translation>Punkte werden gelöscht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points from %1 deleted.</source>
        <translation>Punkte von %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete %1 and all of its points? This cannot be undone.</source>
        <translation>%1 mit allen Punkten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n series and collections with all of their points? This cannot be undone.</source>
        <translation>
            <numerusform>%n Reihe oder Sammlung mit allen Punkten löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Reihen und Sammlungen mit allen Punkten löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::HomeController</name>
    <message>
        <location filename="../models/home/homecontroller.cpp" line="+110"/>
        <source>The devices of this home could not be loaded. %1</source>
        <translation>Die Geräte dieses Zuhauses konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The members of this home could not be loaded. %1</source>
        <translation>Die Mitglieder dieses Zuhauses konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key-value pairs of this home could not be loaded. %1</source>
        <translation>Die Schlüsselwerte dieses Zuhauses konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The smart modules of this home could not be loaded. %1</source>
        <translation>Die Smart-Module dieses Zuhauses konnten nicht geladen werden. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n device(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n Gerät vom Server konnte nicht gelesen werden und wird ausgelassen.</numerusform>
            <numerusform>%n Geräte vom Server konnten nicht gelesen werden und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n member(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n Mitglied vom Server konnte nicht gelesen werden und wird ausgelassen.</numerusform>
            <numerusform>%n Mitglieder vom Server konnten nicht gelesen werden und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n key-value pair(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n Schlüsselwert vom Server konnte nicht gelesen werden und wird ausgelassen.</numerusform>
            <numerusform>%n Schlüsselwerte vom Server konnten nicht gelesen werden und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n smart module(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n Smart-Modul vom Server konnte nicht gelesen werden und wird ausgelassen.</numerusform>
            <numerusform>%n Smart-Module vom Server konnten nicht gelesen werden und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The saved pair “%1” could not be read back: %2</source>
        <translation>Das gespeicherte Paar „%1“ konnte nicht zurückgelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ModeDesk::HomesModel</name>
    <message>
        <location filename="../models/home/homesmodel.cpp" line="+24"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home %1, created %2</source>
        <translation>Zuhause %1, erstellt %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>ModeDesk::HomesPanel</name>
    <message>
        <location filename="../views/home/homespanel.cpp" line="+31"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Filter homes</source>
        <translation>Zuhause filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homes</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a home (Ctrl+N)</source>
        <translation>Ein Zuhause anlegen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New home</source>
        <translation>Neues Zuhause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Rename home</source>
        <translation>Zuhause umbenennen</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+121"/>
        <source>Delete home</source>
        <translation>Zuhause löschen</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>&lt;b&gt;Homes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuhause&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Created “%1”.</source>
        <translation>„%1“ angelegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Renaming…</source>
        <translation>Wird umbenannt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed to “%1”.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete “%1”? Its members lose access, its key-value store is erased and its devices are released.</source>
        <translation>„%1“ löschen? Die Mitglieder verlieren den Zugang, der Schlüssel-Wert-Speicher wird gelöscht und die Geräte werden freigegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::JsonEditor</name>
    <message>
        <location filename="../views/common/jsoneditor.cpp" line="+39"/>
        <source>Any JSON value, e.g. {&quot;on&quot;: true} or 21.5 or &quot;away&quot;</source>
        <translation>Ein beliebiger JSON-Wert, z. B. {&quot;on&quot;: true} oder 21.5 oder &quot;away&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 of JSON: too large to edit here, so only its start is shown, read-only.</source>
        <translation>%1 JSON: zu groß zum Bearbeiten hier, daher wird nur der Anfang gezeigt, schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This value (%1) could not be read: %2. It can be deleted, or replaced by saving another value under its key.</source>
        <translation>Dieser Wert (%1) konnte nicht gelesen werden: %2. Er kann gelöscht oder durch Speichern eines anderen Werts unter seinem Schlüssel ersetzt werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: shown without colours, and checked in the background.</source>
        <translation>%1: ohne Farben angezeigt und im Hintergrund geprüft.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a comma with nothing after it: remove the comma before “%1”</source>
        <translation>ein Komma, auf das nichts folgt: Entfernen Sie das Komma vor „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a JSON number (numbers cannot start with 0 or hold “:”); quote it as text: &quot;%1&quot;</source>
        <translation>„%1“ ist keine JSON-Zahl (Zahlen beginnen nicht mit 0 und enthalten kein „:“); setzen Sie es als Text in Anführungszeichen: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a JSON value: quote text (&quot;%1&quot;), or use true, false or null</source>
        <translation>„%1“ ist kein JSON-Wert: Text in Anführungszeichen setzen (&quot;%1&quot;) oder true, false bzw. null verwenden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one value is allowed (use an array for several)</source>
        <translation>nur ein Wert ist erlaubt (für mehrere ein Array verwenden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this value is shown in part or could not be read: it cannot be saved from here</source>
        <translation>dieser Wert wird nur teilweise angezeigt oder konnte nicht gelesen werden: Er kann von hier aus nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ModeDesk::KeyValuesPage</name>
    <message>
        <location filename="../views/home/keyvaluespage.cpp" line="+24"/>
        <source>Key prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New pair</source>
        <translation>&amp;Neues Paar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters, digits, _ and -</source>
        <translation>Buchstaben, Ziffern, _ und -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Value (JSON):</source>
        <translation>&amp;Wert (JSON):</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A pair needs a key.</source>
        <translation>Ein Paar braucht einen Schlüssel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value is not valid JSON. %1</source>
        <translation>Der Wert ist kein gültiges JSON. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>null cannot be stored: delete the pair instead.</source>
        <translation>null kann nicht gespeichert werden: Löschen Sie stattdessen das Paar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete pair</source>
        <translation>Paar löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the pair “%1”?</source>
        <translation>Das Paar „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::KvModel</name>
    <message>
        <location filename="../models/home/kvmodel.cpp" line="+35"/>
        <source>cannot be read (%1): %2</source>
        <translation>nicht lesbar (%1): %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(%1 in all: select the pair to see more)</source>
        <translation>(insgesamt %1: Paar auswählen, um mehr zu sehen)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>ModeDesk::LinkStatusWidget</name>
    <message>
        <location filename="../views/shell/linkstatuswidget.cpp" line="+46"/>
        <source>Live link: %1</source>
        <translation>Live-Verbindung: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Live updates off</source>
        <translation>Live-Updates aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live, but silent</source>
        <translation>Live, aber still</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 events/s</source>
        <translation>%1 Ereignisse/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last event %1</source>
        <translation>letztes Ereignis %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reconnect(s)</source>
        <translation>
            <numerusform>%n Neuverbindung</numerusform>
            <numerusform>%n Neuverbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+1"/>
        <source>%n event(s) shed</source>
        <translation>
            <numerusform>%n Ereignis verworfen</numerusform>
            <numerusform>%n Ereignisse verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Events arrived faster than this window could show them: the oldest waiting ones were dropped so that it stays responsive. The log and the chart miss them; the devices and the server do not.</source>
        <translation>Ereignisse kamen schneller, als dieses Fenster sie zeigen konnte: Die ältesten wartenden wurden verworfen, damit es bedienbar bleibt. Im Protokoll und im Diagramm fehlen sie, auf den Geräten und dem Server nicht.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Connected, but no event has arrived for a while. Devices may be quiet, or something upstream is stuck.</source>
        <translation>Verbunden, aber seit einer Weile ist kein Ereignis eingetroffen. Die Geräte sind vielleicht still, oder vorgelagert hängt etwas.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::LiveChartView</name>
    <message>
        <location filename="../views/events/livechartview.cpp" line="+44"/>
        <source>Live chart</source>
        <translation>Live-Diagramm</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Pick an event type and a numeric field above, then Add series.</source>
        <translation>Wählen Sie oben einen Ereignistyp und ein numerisches Feld, dann „Reihe hinzufügen“.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::LocalSandbox</name>
    <message>
        <location filename="../app/localsandbox.cpp" line="+32"/>
        <source>The local sandbox did not start within %1 seconds.</source>
        <translation>Die lokale Sandbox ist nicht innerhalb von %1 Sekunden gestartet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The local sandbox stopped at start (exit code %1): %2</source>
        <translation>Die lokale Sandbox hat beim Start aufgehört (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the local sandbox stopped unexpectedly</source>
        <translation>die lokale Sandbox wurde unerwartet beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local sandbox exited (code %1)</source>
        <translation>die lokale Sandbox wurde beendet (Code %1)</translation>
    </message>
</context>
<context>
    <name>ModeDesk::MainWindow</name>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="+71"/>
        <source>Filter smart modules</source>
        <translation>Smart-Module filtern</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowactions.cpp" line="+107"/>
        <source>&amp;Fleet: every device</source>
        <translation>&amp;Flotte: jedes Gerät</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="+17"/>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+446"/>
        <source>ModeDesk</source>
        <translation>ModeDesk</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../views/shell/pageregistry.cpp" line="+12"/>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key-values</source>
        <translation>&amp;Schlüsselwerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smart modules</source>
        <translation>Smart-Mod&amp;ule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chart</source>
        <translation>Di&amp;agramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ommands</source>
        <translation>&amp;Befehle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simula&amp;tor</source>
        <translation>Simula&amp;tor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provisioning</source>
        <translation>Be&amp;reitstellung</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="+32"/>
        <source>Every device of every home, in one list (Ctrl+Shift+F)</source>
        <translation>Jedes Gerät jedes Zuhauses in einer Liste (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert rules and the alerts they raised (Ctrl+Shift+A)</source>
        <translation>Alarmregeln und ihre Alarme (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Which device each claimed code became could not be saved (%1): a later claim of such a code may not tell this home from another.</source>
        <translation>Welches Gerät aus jedem übernommenen Code wurde, konnte nicht gespeichert werden (%1): Eine spätere Übernahme eines solchen Codes kann dieses Zuhause womöglich nicht von einem anderen unterscheiden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The alerts could not be saved (%1): they are lost at the next start.</source>
        <translation>Die Alarme konnten nicht gespeichert werden (%1): Sie gehen beim nächsten Start verloren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command history could not be saved (%1).</source>
        <translation>Der Befehlsverlauf konnte nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command templates could not be saved (%1).</source>
        <translation>Die Befehlsvorlagen konnten nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The homes and devices as last seen could not be saved (%1): the next start waits for the server to show them.</source>
        <translation>Die zuletzt gesehenen Zuhause und Geräte konnten nicht gespeichert werden (%1): Der nächste Start zeigt sie erst, wenn der Server antwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reconnect now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The home open last time is no longer there: showing %1 instead.</source>
        <translation>Das zuletzt geöffnete Zuhause gibt es nicht mehr: Stattdessen wird %1 gezeigt.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>An import is claiming devices into “%1”. Switch the profile? The claims on their way finish first; the import can be continued when this profile is open again.</source>
        <translation>Ein Import übernimmt Geräte nach „%1“. Das Profil wechseln? Die laufenden Übernahmen werden zuerst beendet; der Import kann fortgesetzt werden, wenn dieses Profil wieder geöffnet ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop and switch</source>
        <translation>&amp;Anhalten und wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowactions.cpp" line="-77"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Profile: </source>
        <translation> Profil: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New profile…</source>
        <translation>Neues Profil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account…</source>
        <translation>Konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail and SMS the local sandbox would have sent</source>
        <translation>E-Mails und SMS, die die lokale Sandbox gesendet hätte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>Bee&amp;nden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home</source>
        <translation>&amp;Zuhause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New home…</source>
        <translation>&amp;Neues Zuhause…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename home…</source>
        <translation>Zuhause &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete home…</source>
        <translation>Zuhause &amp;löschen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in list</source>
        <translation>In Liste &amp;suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen &amp;home</source>
        <translation>Das gewählte &amp;Zuhause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homes &amp;panel</source>
        <translation>Zuhause-&amp;Leiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Admin key…</source>
        <translation>&amp;Admin-Schlüssel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin key of the MODE sandbox this profile points at</source>
        <translation>Der Admin-Schlüssel der MODE-Sandbox, auf die dieses Profil zeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the admin key</source>
        <translation>Admin-Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox&apos;s admin key is on the clipboard.</source>
        <translation>Der Admin-Schlüssel der Sandbox ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restart the local sandbox</source>
        <translation>Lokale Sandbox &amp;neu starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ModeDesk</source>
        <translation>Über &amp;ModeDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ModeDesk</source>
        <translation>Über ModeDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ModeDesk %1&lt;/b&gt;&lt;br&gt;A desktop dashboard for fleets on the MODE IoT cloud (API v2.1).</source>
        <translation>&lt;b&gt;ModeDesk %1&lt;/b&gt;&lt;br&gt;Ein Desktop-Dashboard für Geräteflotten in der MODE-IoT-Cloud (API v2.1).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="+44"/>
        <source>An import is running</source>
        <translation>Ein Import läuft</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopping the import: waiting for the claims on their way…</source>
        <translation>Der Import wird angehalten: Warten auf die laufenden Übernahmen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An import is claiming devices into “%1”. Quit anyway? The claims on their way finish first; the next start offers to continue the import.</source>
        <translation>Ein Import übernimmt Geräte nach „%1“. Trotzdem beenden? Die laufenden Übernahmen werden zuerst beendet; beim nächsten Start wird angeboten, den Import fortzusetzen.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Unfinished import into “%1”: %n row(s) to claim.</source>
        <translation>
            <numerusform>Unfertiger Import nach „%1“: %n Zeile zu übernehmen.</numerusform>
            <numerusform>Unfertiger Import nach „%1“: %n Zeilen zu übernehmen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Signed in </source>
        <translation>Angemeldet </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>(%n alert(s)) </source>
        <translation>
            <numerusform>(%n Alarm) </numerusform>
            <numerusform>(%n Alarme) </numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No homes yet</source>
        <translation>Noch kein Zuhause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a home</source>
        <translation>Zuhause wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one with New on the left.</source>
        <translation>Legen Sie links mit Neu eines an.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n device(s), online state unknown (as last seen)</source>
        <translation>
            <numerusform>%n Gerät, Online-Status unbekannt (zuletzt gesehener Stand)</numerusform>
            <numerusform>%n Geräte, Online-Status unbekannt (zuletzt gesehener Stand)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-494"/>
        <source>Fleet: every device</source>
        <translation>Flotte: jedes Gerät</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Alerts (%1 new)</source>
        <translation>Alarme (%1 neu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowactions.cpp" line="+61"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="+20"/>
        <source>&amp;Keep importing</source>
        <translation>&amp;Weiter importieren</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Stop and quit</source>
        <translation>&amp;Anhalten und beenden</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; </source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not signed in </source>
        <translation>Nicht angemeldet </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — ModeDesk</source>
        <translation>%1 — ModeDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No live updates: MODE offers none to BYOU projects</source>
        <translation>Keine Live-Updates: MODE bietet sie BYOU-Projekten nicht an</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n device(s), %1 online</source>
        <translation>
            <numerusform>%n Gerät, %1 online</numerusform>
            <numerusform>%n Geräte, %1 online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n device(s), online state unknown (no live link)</source>
        <translation>
            <numerusform>%n Gerät, Online-Status unbekannt (keine Live-Verbindung)</numerusform>
            <numerusform>%n Geräte, Online-Status unbekannt (keine Live-Verbindung)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no time zone</source>
        <translation>keine Zeitzone</translation>
    </message>
</context>
<context>
    <name>ModeDesk::MembersModel</name>
    <message>
        <location filename="../models/home/membersmodel.cpp" line="+23"/>
        <source>(invited)</source>
        <translation>(eingeladen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited, not verified</source>
        <translation>Eingeladen, nicht bestätigt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email / phone / id</source>
        <translation>E-Mail / Telefon / ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
</context>
<context>
    <name>ModeDesk::MembersPage</name>
    <message>
        <location filename="../views/home/memberspage.cpp" line="+19"/>
        <source>Filter members by name, address or role</source>
        <translation>Mitglieder nach Name, Adresse oder Rolle filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Email address of the person to add (invited if new)</source>
        <translation>E-Mail-Adresse der hinzuzufügenden Person (eingeladen, falls neu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone number of the person to add, e.g. +15555550100</source>
        <translation>Telefonnummer der hinzuzufügenden Person, z. B. +15555550100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User id of the person to add</source>
        <translation>Benutzer-ID der hinzuzufügenden Person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type who to add first.</source>
        <translation>Geben Sie zuerst ein, wer hinzugefügt werden soll.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A user id is a number.</source>
        <translation>Eine Benutzer-ID ist eine Zahl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invited %1: they become a full member when they sign up.</source>
        <translation>%1 eingeladen: Die Person wird volles Mitglied, sobald sie sich registriert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave this home? You will no longer see it.</source>
        <translation>Dieses Zuhause verlassen? Sie sehen es dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this home?</source>
        <translation>%1 aus diesem Zuhause entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ModelFormat</name>
    <message>
        <location filename="../models/common/modelformat.cpp" line="+171"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::NewHomeDialog</name>
    <message>
        <location filename="../views/home/newhomedialog.cpp" line="+24"/>
        <source>New home</source>
        <translation>Neues Zuhause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new home</source>
        <translation>Name des neuen Zuhauses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Field Office Berlin</source>
        <translation>z. B. Außenstelle Berlin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone of the new home</source>
        <translation>Zeitzone des neuen Zuhauses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” is not a time zone; pick one from the list, e.g. Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone; wählen Sie eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird angelegt…</translation>
    </message>
</context>
<context>
    <name>ModeDesk::OutboxDialog</name>
    <message>
        <location filename="../views/account/outboxdialog.cpp" line="+23"/>
        <source>Sandbox outbox</source>
        <translation>Sandbox-Postausgang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code / token</source>
        <translation>Code / Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox messages</source>
        <translation>Nachrichten im Postausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a message to copy its code or token.</source>
        <translation>Doppelklicken Sie auf eine Nachricht, um ihren Code oder ihr Token zu kopieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy code or token</source>
        <translation>Code oder Token &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;admin key</source>
        <translation>&amp;Admin-Schlüssel kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s admin key, for curl or another ModeDesk profile</source>
        <translation>Der Admin-Schlüssel der Sandbox, für curl oder ein anderes ModeDesk-Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin key is on the clipboard.</source>
        <translation>Der Admin-Schlüssel ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s). Double-click one to copy its code or token.</source>
        <translation>
            <numerusform>%n Nachricht. Doppelklicken, um Code oder Token zu kopieren.</numerusform>
            <numerusform>%n Nachrichten. Doppelklicken Sie auf eine, um Code oder Token zu kopieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That message carries no code or token.</source>
        <translation>Diese Nachricht enthält keinen Code und kein Token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the %1 for %2.</source>
        <translation>%1 für %2 kopiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ProfileDialog</name>
    <message>
        <location filename="../views/account/profiledialog.cpp" line="+25"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone and SMS code</source>
        <translation>Telefon und SMS-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your own users (BYOU)</source>
        <translation>Eigene Benutzer (BYOU)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Red (production)</source>
        <translation>Rot (Produktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange (staging)</source>
        <translation>Orange (Staging)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green (sandbox)</source>
        <translation>Grün (Sandbox)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project id:</source>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;App id:</source>
        <translation>&amp;App-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;mode:</source>
        <translation>Konto&amp;modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour tag:</source>
        <translation>&amp;Farbmarkierung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox admin key</source>
        <translation>Admin-Schlüssel der Sandbox</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local sandbox&apos;s own key is used</source>
        <translation>der eigene Schlüssel der lokalen Sandbox wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: for a MODE sandbox only</source>
        <translation>optional: nur für eine MODE-Sandbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty keeps the key in the keychain, if any</source>
        <translation>leer behält den Schlüssel im Schlüsselbund, falls vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A MODE sandbox&apos;s admin key lets ModeDesk put devices in claim mode and make devices for rehearsals. It is kept in the system keychain. MODE&apos;s cloud has none.</source>
        <translation>Mit dem Admin-Schlüssel einer MODE-Sandbox kann ModeDesk Geräte in den Übernahmemodus versetzen und Geräte zum Üben anlegen. Er wird im Schlüsselbund des Systems aufbewahrt. Die MODE-Cloud hat keinen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox a&amp;dmin key:</source>
        <translation>A&amp;dmin-Schlüssel der Sandbox:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Needs a name, an http(s) URL and a project id.</source>
        <translation>Benötigt einen Namen, eine http(s)-URL und eine Projekt-ID.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ProfileFiles</name>
    <message>
        <location filename="../models/session/profilefiles.cpp" line="+120"/>
        <location line="+16"/>
        <source>no profile is open</source>
        <translation>kein Profil ist geöffnet</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ProvisioningPage</name>
    <message>
        <location filename="../views/provisioning/provisioningpage.cpp" line="+21"/>
        <source>One device by its &amp;code</source>
        <translation>Ein Gerät per &amp;Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;demand (token)</source>
        <translation>Auf &amp;Anforderung (Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bulk from a CSV</source>
        <translation>&amp;Massenweise aus CSV</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ReplyRulesModel</name>
    <message>
        <location filename="../models/simulator/replyrulesmodel.cpp" line="+80"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply event</source>
        <translation>Antwortereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply data (JSON)</source>
        <translation>Antwortdaten (JSON)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a command with this action arrives…</source>
        <translation>Wenn ein Befehl mit dieser Aktion eintrifft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…the device answers with an event of this type…</source>
        <translation>…antwortet das Gerät mit einem Ereignis dieses Typs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…carrying this JSON object, with the command&apos;s parameters merged in.</source>
        <translation>…das dieses JSON-Objekt trägt, ergänzt um die Parameter des Befehls.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rule %1 needs an action and a reply event type.</source>
        <translation>Regel %1 braucht eine Aktion und einen Antwort-Ereignistyp.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule %1: the data must be a JSON object. %2</source>
        <translation>Regel %1: Die Daten müssen ein JSON-Objekt sein. %2</translation>
    </message>
</context>
<context>
    <name>ModeDesk::SandboxAdmin</name>
    <message>
        <location filename="../models/simulator/sandboxadmin.cpp" line="+60"/>
        <source>Checking the sandbox&apos;s admin key…</source>
        <translation>Der Admin-Schlüssel der Sandbox wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the sandbox admin key (or it is not a MODE sandbox). Check it with Sandbox → Admin key….</source>
        <translation>Der Server hat den Admin-Schlüssel der Sandbox abgelehnt (oder er ist keine MODE-Sandbox). Prüfen Sie ihn unter Sandbox → Admin-Schlüssel….</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs a MODE sandbox&apos;s admin key (Sandbox → Admin key…). MODE&apos;s cloud has none: real devices go into claim mode with their setup button.</source>
        <translation>Braucht den Admin-Schlüssel einer MODE-Sandbox (Sandbox → Admin-Schlüssel…). Die MODE-Cloud hat keinen: Echte Geräte gehen mit ihrer Einrichtungstaste in den Übernahmemodus.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::Session</name>
    <message>
        <location filename="../models/session/session.cpp" line="+55"/>
        <source>The server no longer takes this key for live updates (signed out, or the session ended). Sign in again.</source>
        <translation>Der Server nimmt diesen Schlüssel für Live-Aktualisierungen nicht mehr an (abgemeldet, oder die Sitzung ist beendet). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>The server does not know this key.</source>
        <translation>Der Server kennt diesen Schlüssel nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a %1 key; the dashboard needs a user key.</source>
        <translation>Das ist ein %1-Schlüssel; das Dashboard braucht einen Benutzerschlüssel.</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n home(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>%n Zuhause vom Server konnte nicht gelesen werden und wird ausgelassen.</numerusform>
            <numerusform>%n Zuhause vom Server konnten nicht gelesen werden und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The homes could not be loaded. %1</source>
        <translation>Die Zuhause konnten nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>ModeDesk::SignInDialog</name>
    <message>
        <location filename="../views/account/signindialog.cpp" line="+24"/>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&apos;color:%1; font-size:16pt&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;middot; %3 &amp;middot; project %4 &amp;middot; %5</source>
        <translation>&lt;span style=&apos;color:%1; font-size:16pt&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;middot; %3 &amp;middot; Projekt %4 &amp;middot; %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;user</source>
        <translation>&amp;Benutzer anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify or reset</source>
        <translation>&amp;Bestätigen oder zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a &amp;key</source>
        <translation>&amp;Schlüssel einfügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open sandbox &amp;outbox</source>
        <translation>Sandbox-&amp;Postausgang öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail and SMS the local sandbox would have sent: codes and tokens.</source>
        <translation>E-Mails und SMS, die die lokale Sandbox gesendet hätte: Codes und Token.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>email accounts</source>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone accounts</source>
        <translation>Telefon-Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bring-your-own-user accounts</source>
        <translation>Konten mit eigenen Benutzern (BYOU)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+44"/>
        <location line="+28"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+14"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+39"/>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Send me a code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code from the SMS:</source>
        <translation>&amp;Code aus der SMS:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring-your-own-users project: sign in for one of your users with a project key that has the BYOU permission.</source>
        <translation>Projekt mit eigenen Benutzern: Melden Sie sich für einen Ihrer Benutzer mit einem Projektschlüssel an, der die BYOU-Berechtigung hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project &amp;key:</source>
        <translation>Projekt&amp;schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User id:</source>
        <translation>&amp;Benutzer-ID:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Password (8+ characters):</source>
        <translation>&amp;Passwort (8+ Zeichen):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project &amp;key (BYOU):</source>
        <translation>Projekt&amp;schlüssel (BYOU):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mails carry a token: paste it here to verify the address or to set a new password.</source>
        <translation>E-Mails enthalten ein Token: Fügen Sie es hier ein, um die Adresse zu bestätigen oder ein neues Passwort zu setzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resend verification mail</source>
        <translation>Bestätigungs-E-Mail erneut senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send password reset mail</source>
        <translation>E-Mail zum Zurücksetzen senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Token from the mail:</source>
        <translation>&amp;Token aus der E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pass&amp;word (reset only):</source>
        <translation>Neues Pass&amp;wort (nur beim Zurücksetzen):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify address</source>
        <translation>Adresse bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set new password</source>
        <translation>Neues Passwort setzen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Already have a user API key (from another tool, or MODE&apos;s console)? Paste it; it is checked before use and kept in the system keychain.</source>
        <translation>Haben Sie schon einen Benutzer-API-Schlüssel (aus einem anderen Werkzeug oder der MODE-Konsole)? Fügen Sie ihn ein; er wird vor der Nutzung geprüft und im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User &amp;API key:</source>
        <translation>Benutzer-&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key</source>
        <translation>Diesen Schlüssel verwenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type your email and password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+17"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+16"/>
        <location line="+17"/>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Type your phone number and the code from the SMS (Send me a code).</source>
        <translation>Geben Sie Ihre Telefonnummer und den Code aus der SMS ein („Code senden“).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a project key and a numeric user id.</source>
        <translation>Geben Sie einen Projektschlüssel und eine numerische Benutzer-ID ein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your phone number first.</source>
        <translation>Geben Sie zuerst Ihre Telefonnummer ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending a code…</source>
        <translation>Code wird gesendet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code sent: find it in the sandbox outbox.</source>
        <translation>Code gesendet: Sie finden ihn im Sandbox-Postausgang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code sent by SMS. It lasts 10 minutes.</source>
        <translation>Code per SMS gesendet. Er gilt 10 Minuten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Creating the account…</source>
        <translation>Das Konto wird erstellt…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Account created. Verify the address with the token from the mail (Verify or reset), then sign in.</source>
        <translation>Konto erstellt. Bestätigen Sie die Adresse mit dem Token aus der E-Mail („Bestätigen oder zurücksetzen“) und melden Sie sich dann an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account created and a code sent: sign in with it.</source>
        <translation>Konto erstellt und Code gesendet: Melden Sie sich damit an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the user…</source>
        <translation>Der Benutzer wird angelegt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User created.</source>
        <translation>Benutzer angelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User %1 created: sign in for them.</source>
        <translation>Benutzer %1 angelegt: Melden Sie sich für ihn an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verifying…</source>
        <translation>Wird bestätigt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address verified: you can sign in now.</source>
        <translation>Adresse bestätigt: Sie können sich jetzt anmelden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Verification mail sent.</source>
        <translation>Bestätigungs-E-Mail gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset mail sent: paste its token below.</source>
        <translation>E-Mail zum Zurücksetzen gesendet: Fügen Sie ihr Token unten ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Setting the password…</source>
        <translation>Das Passwort wird gesetzt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed. Every earlier session has ended: sign in again.</source>
        <translation>Passwort geändert. Alle früheren Sitzungen sind beendet: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste a key first.</source>
        <translation>Fügen Sie zuerst einen Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the key…</source>
        <translation>Der Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not know this key.</source>
        <translation>Der Server kennt diesen Schlüssel nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a %1 key; the dashboard needs a user key.</source>
        <translation>Das ist ein %1-Schlüssel; das Dashboard braucht einen Benutzerschlüssel.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::SimulatorFleet</name>
    <message>
        <location filename="../models/simulator/simulatorfleet.cpp" line="+43"/>
        <source>Simulated %1</source>
        <translation>Simuliert: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server refused %1&apos;s key (%2): check the id and the key.</source>
        <translation>Der Server hat den Schlüssel von %1 abgelehnt (%2): prüfen Sie ID und Schlüssel.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command socket: %1</source>
        <translation>Befehls-Socket: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>ModeDesk::SimulatorPage</name>
    <message>
        <location filename="../views/simulator/simulatorpage.cpp" line="+45"/>
        <source>&amp;Make</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+350"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>&lt;b&gt;Simulated devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;Simulierte Geräte&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated devices</source>
        <translation>Simulierte Geräte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New sandbox device</source>
        <translation>Neues Sandbox-Gerät</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Device class</source>
        <translation>Geräteklasse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A device you have the key of</source>
        <translation>Ein Gerät, dessen Schlüssel Sie haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device key</source>
        <translation>Geräteschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play it</source>
        <translation>Spielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device id:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device key:</source>
        <translation>Geräteschlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A provisioning token</source>
        <translation>Ein Bereitstellungstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token from a home&apos;s device provisioning</source>
        <translation>Token aus der Gerätebereitstellung eines Zuhauses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning token</source>
        <translation>Bereitstellungstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Commands received</source>
        <translation>Empfangene Befehle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send an event</source>
        <translation>Ein Ereignis senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send event</source>
        <translation>Ereignis senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data (JSON object):</source>
        <translation>Daten (JSON-Objekt):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sine (one minute period)</source>
        <translation>Sinus (Periode: eine Minute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random walk</source>
        <translation>Zufallsbewegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> events/s</source>
        <translation> Ereignisse/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generated event type</source>
        <translation>Erzeugter Ereignistyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated field</source>
        <translation>Erzeugtes Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest value</source>
        <translation>Kleinster Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest value</source>
        <translation>Größter Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type / field:</source>
        <translation>Ereignistyp / Feld:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate:</source>
        <translation>Rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Reply rules</source>
        <translation>Antwortregeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edits apply at once.</source>
        <translation>Änderungen gelten sofort.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Only on a MODE sandbox (with its admin key): it provisions a device (with a claim code) and plays it.</source>
        <translation>Nur in einer MODE-Sandbox (mit ihrem Admin-Schlüssel): Sie stellt ein Gerät (mit Übernahmecode) bereit und spielt es.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim mode duration</source>
        <translation>Dauer des Übernahmemodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in claim mode</source>
        <translation>Übernahmemodus starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim mode for</source>
        <translation>Übernahmemodus für</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>A device id (a number) and its key are needed.</source>
        <translation>Eine Geräte-ID (eine Zahl) und ihr Schlüssel werden benötigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Opening the claim window…</source>
        <translation>Das Übernahmefenster wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>%n simulated device(s) stopped: they played on the server of the profile before. Add them here again to go on.</source>
        <translation>
            <numerusform>%n simuliertes Gerät angehalten: Es spielte auf dem Server des vorigen Profils. Fügen Sie es hier wieder hinzu, um weiterzumachen.</numerusform>
            <numerusform>%n simulierte Geräte angehalten: Sie spielten auf dem Server des vorigen Profils. Fügen Sie sie hier wieder hinzu, um weiterzumachen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Claimable until %1.</source>
        <translation>Übernehmbar bis %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sandbox has no device classes yet.</source>
        <translation>Die Sandbox hat noch keine Geräteklassen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Playing %1.</source>
        <translation>%1 wird gespielt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Provisioning a %1…</source>
        <translation>%1 wird bereitgestellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made %1 (id %2, claim code %3): put it in claim mode, then claim it into a home.</source>
        <translation>%1 angelegt (ID %2, Übernahmecode %3): In den Übernahmemodus versetzen, dann in ein Zuhause übernehmen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paste a provisioning token first.</source>
        <translation>Fügen Sie zuerst ein Bereitstellungstoken ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redeeming the token…</source>
        <translation>Das Token wird eingelöst…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Joined home %1 as device %2.</source>
        <translation>Zuhause %1 als Gerät %2 beigetreten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add a device on the left to play it.</source>
        <translation>Fügen Sie links ein Gerät hinzu, um es zu spielen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · command socket: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Befehls-Socket: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The payload must be a JSON object.</source>
        <translation>Die Nutzdaten müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent “%1”.</source>
        <translation>„%1“ gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Generator stopped after %n event(s).</source>
        <translation>
            <numerusform>Generator nach %n Ereignis angehalten.</numerusform>
            <numerusform>Generator nach %n Ereignissen angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending %1 at %2 events/s.</source>
        <translation>%1 wird mit %2 Ereignissen/s gesendet.</translation>
    </message>
</context>
<context>
    <name>ModeDesk::SmartModulesModel</name>
    <message>
        <location filename="../models/home/smartmodulesmodel.cpp" line="+27"/>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ModeDesk::StatusLine</name>
    <message>
        <location filename="../views/common/statusline.cpp" line="+40"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ModeDesk::TablePage</name>
    <message>
        <location filename="../views/common/tablepage.cpp" line="+37"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>ModeDesk::TokenPanel</name>
    <message>
        <location filename="../views/provisioning/tokenpanel.cpp" line="+32"/>
        <source>&amp;Get a token</source>
        <translation>Token &amp;anfordern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rehearse: play the device</source>
        <translation>Üben: das Gerät spielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision a device on demand</source>
        <translation>Ein Gerät bei Bedarf bereitstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device class</source>
        <translation>Geräteklasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisioning token</source>
        <translation>Bereitstellungstoken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Into:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device class:</source>
        <translation>Geräteklasse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token as a QR code</source>
        <translation>Token als QR-Code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Token copied.</source>
        <translation>Token kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The token was for another home and is no longer shown. Get one for this home.</source>
        <translation>Das Token war für ein anderes Zuhause und wird nicht mehr angezeigt. Holen Sie eines für dieses Zuhause.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(pick a home on the left)</source>
        <translation>(links ein Zuhause wählen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pick a home on the left first.</source>
        <translation>Wählen Sie zuerst links ein Zuhause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking for a token…</source>
        <translation>Token wird angefordert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Get a token first; the simulated device then redeems it.</source>
        <translation>Fordern Sie zuerst ein Token an; das simulierte Gerät löst es dann ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A simulated device is redeeming the token…</source>
        <translation>Ein simuliertes Gerät löst das Token ein…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Waiting for the device to join: give it the token (QR code or text).</source>
        <translation>Warten, bis das Gerät beitritt: Geben Sie ihm das Token (QR-Code oder Text).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Used.</source>
        <translation>Benutzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device %1 (%2) joined the home.</source>
        <translation>Gerät %1 (%2) ist dem Zuhause beigetreten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired. Get a new token.</source>
        <translation>Abgelaufen. Holen Sie ein neues Token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token expired before a device used it.</source>
        <translation>Das Token ist abgelaufen, bevor ein Gerät es benutzt hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid for %1:%2</source>
        <translation>Gültig für %1:%2</translation>
    </message>
</context>
<context>
    <name>ModelFormat</name>
    <message>
        <location filename="../models/common/modelformat.cpp" line="-144"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform>
            <numerusform>vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As last seen on %1; not confirmed by the server yet.</source>
        <translation>Stand vom %1; vom Server noch nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list is as last seen on %1.</source>
        <translation>Die Liste zeigt den Stand vom %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/profilestore.cpp" line="+101"/>
        <source>MODE cloud</source>
        <translation>MODE-Cloud</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>TargetChoice</name>
    <message>
        <location filename="../models/commands/commandtargets.cpp" line="+37"/>
        <source>Pick at least one target device (or Select all shown).</source>
        <translation>Wählen Sie mindestens ein Zielgerät (oder „Alle angezeigten wählen“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the picked devices is known to be online now (the live link is down, or their home is not read yet). Untick “Only the ones online now” to send anyway.</source>
        <translation>Von keinem der gewählten Geräte ist bekannt, dass es jetzt online ist (die Live-Verbindung ist unterbrochen, oder ihr Zuhause ist noch nicht geladen). Entfernen Sie das Häkchen bei „Nur die jetzt online sind“, um trotzdem zu senden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the picked devices is online now. Untick “Only the ones online now” to send anyway.</source>
        <translation>Keines der gewählten Geräte ist jetzt online. Entfernen Sie das Häkchen bei „Nur die jetzt online sind“, um trotzdem zu senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the picked devices is there any more (removed, or its home is gone): pick them again.</source>
        <translation>Keines der gewählten Geräte ist noch da (entfernt, oder sein Zuhause gibt es nicht mehr): Wählen Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+40"/>
        <source>Desktop dashboard for fleets on the MODE IoT cloud (API v2.1). With no profile yet, it starts a local MODE sandbox with demo data and signs in to it.</source>
        <translation>Desktop-Dashboard für Geräteflotten in der MODE-IoT-Cloud (API v2.1). Ohne Profil startet es eine lokale MODE-Sandbox mit Demodaten und meldet sich dort an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the connection profile with this id.</source>
        <translation>Das Verbindungsprofil mit dieser ID öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once signed in and loaded, save the window as a PNG and quit.</source>
        <translation>Nach Anmeldung und Laden das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --screenshot: the page to show (%1).</source>
        <translation>Mit --screenshot: die zu zeigende Seite (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>Fenstergröße, z. B. 1920x1080.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshot: milliseconds to wait once loaded (default 6000).</source>
        <translation>Mit --screenshot: Millisekunden Wartezeit nach dem Laden (Standard 6000).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language, e.g. de or ja (default: the system&apos;s; remembered for later starts).</source>
        <translation>Sprache der Oberfläche, z. B. de oder ja (Standard: die des Systems; wird für spätere Starts gemerkt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Light or dark: system, light or dark (default: system; remembered for later starts).</source>
        <translation>Hell oder dunkel: system, light oder dark (Standard: system; wird für spätere Starts gemerkt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An event recording (.jsonl) to replay on the Events page once signed in.</source>
        <translation>Eine Ereignisaufzeichnung (.jsonl), die nach der Anmeldung auf der Seite „Ereignisse“ wiedergegeben wird.</translation>
    </message>
</context>
</TS>
