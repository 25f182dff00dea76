<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AlertEngine</name>
    <message>
        <location filename="../models/alerts/alertengine.cpp" line="+78"/>
        <source>the rule was removed or turned off</source>
        <translation>ルールが削除またはオフにされました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the rule was changed</source>
        <translation>ルールが変更されました</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>no longer in the fleet</source>
        <translation>フリートにもうありません</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 deleted</source>
        <translation>%1 が削除されました</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” received</source>
        <translation>「%1」を受信</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>no change since</source>
        <translation>その後変更なし</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>back online</source>
        <translation>オンラインに復帰</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>offline since %1</source>
        <translation>%1 からオフライン</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>last “%1” at %2</source>
        <translation>最後の「%1」: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no “%1” yet</source>
        <translation>「%1」はまだありません</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message numerus="yes">
        <location filename="../models/alerts/alertrule.cpp" line="+52"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name: give the rule a name.</source>
        <translation>名前: ルールに名前を付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: from 0 s to 30 days.</source>
        <translation>期間: 0 秒から 30 日まで。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: a device is offline for at least a minute before it counts.</source>
        <translation>期間: デバイスは 1 分以上オフラインで初めて対象になります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: the heartbeat needs at least 1 s.</source>
        <translation>期間: ハートビートは 1 秒以上必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: pick the home.</source>
        <translation>範囲: ホームを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: pick the device class.</source>
        <translation>範囲: デバイスクラスを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: enter the device id (a number).</source>
        <translation>範囲: デバイス ID (数字) を入力してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event type: name the event the devices send regularly, e.g. status.</source>
        <translation>イベントタイプ: デバイスが定期的に送るイベント名 (例: status) を入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field: name the number to watch, e.g. temperature or zones[2].</source>
        <translation>フィールド: 監視する数値 (例: temperature や zones[2]) を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field: “%1” is not a field path such as temperature or zones[2].</source>
        <translation>フィールド: 「%1」は temperature や zones[2] のようなフィールドパスではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Threshold: a number.</source>
        <translation>しきい値: 数値を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovers: the margin is a number of 0 or more.</source>
        <translation>回復: マージンは 0 以上の数値です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope: key-value pairs belong to homes; pick all homes or one home.</source>
        <translation>範囲: キー値ペアはホームに属します。すべてのホームか 1 つのホームを選んでください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>offline for more than %1</source>
        <translation>%1 を超えてオフライン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no “%1” event for %2</source>
        <translation>%2 の間「%1」イベントなし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %3 for %4</source>
        <translation>%1 %2 %3 が %4 継続</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, recovers below %2</source>
        <translation>%1、%2 未満で回復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, recovers above %2</source>
        <translation>%1、%2 を超えると回復</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any key-value pair changed</source>
        <translation>いずれかのキー値ペアが変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key-value pair “%1” changed</source>
        <translation>キー値ペア「%1」が変更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>all homes</source>
        <translation>すべてのホーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home %1</source>
        <translation>ホーム %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device %1</source>
        <translation>デバイス %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Device offline</source>
        <translation>デバイスのオフライン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heartbeat missing</source>
        <translation>ハートビートなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field threshold</source>
        <translation>フィールドのしきい値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key-value changed</source>
        <translation>キー値の変更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderate</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>a rule without an id</source>
        <translation>ID のないルール</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rule “%1”: unknown kind, scope or severity</source>
        <translation>ルール「%1」: 種類、範囲または重要度が不明です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rule “%1”: %2</source>
        <translation>ルール「%1」: %2</translation>
    </message>
</context>
<context>
    <name>CommandTemplates</name>
    <message>
        <location filename="../models/commands/commandtemplates.cpp" line="+26"/>
        <source>The command templates could not be read (%1): the built-in ones are offered. The file is kept (as .bak) when a template is saved.</source>
        <translation>コマンドテンプレートを読み込めませんでした (%1)。組み込みのテンプレートを表示します。テンプレートを保存するときにファイルは (.bak として) 残されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a list of templates</source>
        <translation>テンプレートの一覧ではありません</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AccountDialog</name>
    <message>
        <location filename="../views/account/accountdialog.cpp" line="+28"/>
        <source>&amp;Save changes</source>
        <translation>変更を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete account…</source>
        <translation>アカウントを削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your details</source>
        <translation>アカウント情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>leave empty to keep the current one</source>
        <translation>空欄のままなら現在のものを維持します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pass&amp;word:</source>
        <translation>新しいパスワード(&amp;W):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This session</source>
        <translation>このセッション</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This account is not verified yet.</source>
        <translation>このアカウントはまだ確認されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key identity (GET /auth): %1 %2 in project %3, app “%4”.</source>
        <translation>キーの身元 (GET /auth): プロジェクト %3 の %1 %2、アプリ「%4」。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session started %1 for user %2 (app “%3”).</source>
        <translation>ユーザー %2 のセッション開始: %1 (アプリ「%3」)。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes the account, ends every session, and deletes the homes only you belong to. Type DELETE to confirm.</source>
        <translation>アカウントを削除し、すべてのセッションを終了し、あなただけが所属するホームを削除します。確認のため DELETE と入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting the account…</source>
        <translation>アカウントを削除しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account deleted.</source>
        <translation>アカウントを削除しました。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertGroupsModel</name>
    <message numerus="yes">
        <location filename="../models/alerts/alertgroupsmodel.cpp" line="+183"/>
        <source>%n alerting now</source>
        <translation>
            <numerusform>%n 台がアラート中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All recovered</source>
        <translation>すべて回復</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n entries)</source>
        <translation>
            <numerusform>%1（%n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n homes</source>
        <translation>
            <numerusform>%n 件のホーム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n devices</source>
        <translation>
            <numerusform>%n 台のデバイス</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 of %3 devices alerting now, %4 not acknowledged</source>
        <translation>%1: %3 台中 %2 台がアラート中、未確認 %4 件</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertLogModel</name>
    <message>
        <location filename="../models/alerts/alertlog.cpp" line="+99"/>
        <source>Recovered</source>
        <translation>回復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerting (seen)</source>
        <translation>アラート中 (確認済み)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerting</source>
        <translation>アラート中</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertNotifier</name>
    <message>
        <location filename="../views/alerts/alertnotifier.cpp" line="+23"/>
        <source>Show ModeDesk</source>
        <translation>ModeDesk を表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
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
            <numerusform>%1: %n 台のデバイス</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>High alert</source>
        <translation>重要度「高」のアラート</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n new high alerts</source>
        <translation>
            <numerusform>重要度「高」の新しいアラート %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>…and %n more rules</source>
        <translation>
            <numerusform>…ほか %n 件のルール</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ModeDesk: no alerts</source>
        <translation>ModeDesk: アラートなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ModeDesk: %1 alerting now, %2 not acknowledged</source>
        <translation>ModeDesk: アラート中 %1 件、未確認 %2 件</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertRuleDialog</name>
    <message>
        <location filename="../views/alerts/alertruledialog.cpp" line="+58"/>
        <source>On: the rule is evaluated</source>
        <translation>オン: ルールを評価する</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alert rule</source>
        <translation>アラートルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Freezer too warm</source>
        <translation>例: 冷凍庫の温度が高すぎる</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All homes</source>
        <translation>すべてのホーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One home</source>
        <translation>1 つのホーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device class</source>
        <translation>デバイスクラス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One device</source>
        <translation>1 台のデバイス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>device id, e.g. 1042</source>
        <translation>デバイス ID (例: 1042)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+150"/>
        <source>e.g. status</source>
        <translation>例: status</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>e.g. temperature or zones[2]</source>
        <translation>例: temperature や zones[2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above</source>
        <translation>より大きい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>より小さい</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An alert recovers only once the value is this far back from the threshold, so a reading that hovers at the threshold does not alert and recover again and again.</source>
        <translation>値がしきい値からこの幅だけ戻ったときにだけアラートが回復します。しきい値付近を行き来する値で、アラートと回復が繰り返されなくなります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. mode; empty: any pair</source>
        <translation>例: mode (空欄: すべてのペア)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is wrong with the rule</source>
        <translation>ルールの問題点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the newest events say against the rule</source>
        <translation>最新のイベントから見たルールの注意点</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When:</source>
        <translation>条件(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope:</source>
        <translation>範囲:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is:</source>
        <translation>比較:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back past the threshold before it recovers</source>
        <translation>しきい値からこれだけ戻ると回復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery &amp;margin:</source>
        <translation>回復マージン(&amp;M):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Event type: no “%1” event among the newest ones (they are %2). Check the spelling; the rule waits for it either way.</source>
        <translation>イベントタイプ: 最新のイベントに「%1」はありません (あるのは %2)。綴りを確認してください。いずれにせよルールはそのイベントを待ちます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no numbers</source>
        <translation>数値なし</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Field: none of the newest %n event(s) has a number at “%1” (they have %2). Check the spelling; the rule waits for it either way.</source>
        <translation>
            <numerusform>フィールド: 最新のイベント %n 件のどれにも「%1」の数値がありません (あるのは %2)。綴りを確認してください。いずれにせよルールはそのフィールドを待ちます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-161"/>
        <source>&amp;Event type:</source>
        <translation>イベントタイプ(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Field:</source>
        <translation>フィールド(&amp;F):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;verity:</source>
        <translation>重要度(&amp;V):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>home %1</source>
        <translation>ホーム %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>e.g. reading; empty: any event</source>
        <translation>例: reading (空欄: すべてのイベント)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No device with this id in the fleet (yet).</source>
        <translation>この ID のデバイスはフリートに (まだ) ありません。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertRulesModel</name>
    <message>
        <location filename="../models/alerts/alertlog.cpp" line="-131"/>
        <source>%1 (off)</source>
        <translation>%1 (オフ)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
</context>
<context>
    <name>ModeDesk::Alerts</name>
    <message>
        <location filename="../models/alerts/alerts.cpp" line="+172"/>
        <source>The alert rules could not be read (%1). No rule is checked; fix the file&apos;s permissions and switch to the profile again.</source>
        <translation>アラートルールを読み込めませんでした (%1)。ルールは評価されません。ファイルのアクセス権を直してから、このプロファイルに切り替え直してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The alert rules file is not valid JSON (%1): no rule is checked. The file is kept (as .bak) when a rule is saved.</source>
        <translation>アラートルールのファイルが正しい JSON ではありません (%1)。ルールは評価されません。ルールを保存するときにファイルは (.bak として) 残されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n alert rule(s) in the file could not be read and are left out; the file is kept (as .bak) when a rule is saved.</source>
        <translation>
            <numerusform>ファイル内の %n 件のアラートルールを読み込めなかったため除外しました。ルールを保存するときにファイルは (.bak として) 残されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The alert log could not be read (%1): earlier alerts are not shown.</source>
        <translation>アラートログを読み込めませんでした (%1)。以前のアラートは表示されません。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A rule with this id exists already.</source>
        <translation>この ID のルールはすでにあります。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This rule was removed meanwhile.</source>
        <translation>このルールはその間に削除されました。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::AlertsPage</name>
    <message>
        <location filename="../views/alerts/alertspage.cpp" line="+53"/>
        <source>Not acknowledged only</source>
        <translation>未確認のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+315"/>
        <source>Turn off</source>
        <translation>オフにする</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>確認済みにする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge all shown</source>
        <translation>表示中をすべて確認済みにする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear recovered</source>
        <translation>回復済みを消去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open its home</source>
        <translation>そのホームを開く</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alert rules</source>
        <translation>アラートルール</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New rule…</source>
        <translation>新しいルール(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+27"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Takes the alerts that are over out of the log: every entry of a device whose newest entry for the rule says Recovered.</source>
        <translation>終わったアラートをログから取り除きます: そのルールで最新の記録が「回復」であるデバイスの記録すべてです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter alerts by rule, home, device or value</source>
        <translation>ルール、ホーム、デバイス、値でアラートを絞り込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert filter</source>
        <translation>アラートの絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any severity</source>
        <translation>すべての重要度</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Turned off the rule “%1”.</source>
        <translation>ルール「%1」をオフにしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turned on the rule “%1”.</source>
        <translation>ルール「%1」をオンにしました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove rule</source>
        <translation>ルールを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the rule “%1”? Its alerts stay in the log.</source>
        <translation>ルール「%1」を削除しますか? そのアラートはログに残ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed the rule “%1”; its alerts stay in the log (Clear recovered takes out those that are over).</source>
        <translation>ルール「%1」を削除しました。そのアラートはログに残ります（終わったものは「回復済みを消去」で取り除けます）。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The alerts could not be saved (%1): they are lost at the next start.</source>
        <translation>アラートを保存できませんでした (%1): 次回の起動時に失われます。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New alert rule</source>
        <translation>新しいアラートルール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit alert rule</source>
        <translation>アラートルールを編集</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added the rule “%1”.</source>
        <translation>ルール「%1」を追加しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the rule “%1”.</source>
        <translation>ルール「%1」を保存しました。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing to clear: no alert in the log is over.</source>
        <translation>消去するものはありません: ログに終わったアラートはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cleared %n entries of alerts that are over.</source>
        <translation>
            <numerusform>終わったアラートの記録を %n 件消去しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No rules yet. New rule… watches for a device offline too long, a missing heartbeat, a reading out of bounds or a changed key-value pair.</source>
        <translation>ルールはまだありません。「新しいルール…」で、長時間オフラインのデバイス、途絶えたハートビート、範囲外の測定値、変更されたキー値ペアを監視できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules are kept with this profile and watch every home it can see.</source>
        <translation>ルールはこのプロファイルに保存され、見えるすべてのホームを監視します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn on</source>
        <translation>オンにする</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 shown · %2 not acknowledged · %3 alerting now</source>
        <translation>%1 件表示 · 未確認 %2 件 · アラート中 %3 件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · the rules wait while the live link is down</source>
        <translation> · ライブ接続が切れている間、ルールは待機します</translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaim</name>
    <message>
        <location filename="../models/provisioning/bulkclaim.cpp" line="+107"/>
        <source>The saved import cannot be read: %1.</source>
        <translation>保存されたインポートを読み込めません: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The saved import is damaged (%1), so it was not continued; it was kept as %2.</source>
        <translation>保存されたインポートが壊れているため (%1)、続行しませんでした。%2 として保管しています。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 MB; a list of claim codes is far smaller. Is it the right file?</source>
        <translation>%1 は %2 MB あります。登録コードの一覧はもっと小さいはずです。正しいファイルですか?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no claim codes.</source>
        <translation>%1 に登録コードがありません。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Devices of this import are in “%1” already: its other rows go there too. Import the codes again for another home.</source>
        <translation>このインポートのデバイスはすでに「%1」にあります。残りの行もそこに登録されます。別のホームにするには、コードをもう一度インポートしてください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>home %1</source>
        <translation>ホーム %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Row %1 is in the home already: rename the device on the Devices page.</source>
        <translation>%1 行目はすでにホームにあります。名前の変更はデバイスページで行ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1 cannot be changed while it is being claimed.</source>
        <translation>%1 行目は登録中のため変更できません。</translation>
    </message>
    <message>
        <location filename="../models/provisioning/bulkclaimrun.cpp" line="+28"/>
        <source>Import a CSV of claim codes first.</source>
        <translation>先に登録コードの CSV をインポートしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the home the devices go to.</source>
        <translation>デバイスの登録先ホームを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is no longer in your homes (deleted, or you left it). Import the codes again for another home.</source>
        <translation>「%1」はもうあなたのホームではありません (削除されたか、退出しました)。別のホームにするには、コードをもう一度インポートしてください。</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>Cannot read the devices of “%1”: %2</source>
        <translation>「%1」のデバイスを読み込めません: %2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>“%1” is gone, or this account may no longer see it: the import stopped. Import the codes again for another home.</source>
        <translation>「%1」がなくなったか、このアカウントから見えなくなったため、インポートを停止しました。別のホームにするには、コードをもう一度インポートしてください。</translation>
    </message>
    <message>
        <location filename="../models/provisioning/bulkclaim.cpp" line="+75"/>
        <source>The import&apos;s progress cannot be saved (%1): it goes on, but cannot be continued after a restart.</source>
        <translation>インポートの進行状況を保存できません (%1)。インポートは続きますが、再起動後に続行することはできません。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaimFile</name>
    <message>
        <location filename="../models/provisioning/bulkclaimfile.cpp" line="+107"/>
        <source>The first line names the columns %1, but none of them is the claim code (a column titled “Claim code” or “claimCode”).</source>
        <translation>1 行目の列名は %1 ですが、登録コードの列 (「登録コード」または「claimCode」という見出しの列) がありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file has %1 rows; an import takes at most %2.</source>
        <translation>ファイルに %1 行あります。1 回のインポートは最大 %2 行です。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written by another version of ModeDesk</source>
        <translation>別のバージョンの ModeDesk が書いたものです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it names no home</source>
        <translation>ホームがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its rows are missing or too many</source>
        <translation>行がないか、多すぎます</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no claim code</source>
        <translation>%1 に登録コードがありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has an unknown status</source>
        <translation>%1 の状態が不明です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has an unknown outcome</source>
        <translation>%1 の結果が不明です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a bad %2</source>
        <translation>%1 の %2 が不正です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is claimed but names no device</source>
        <translation>%1 は登録済みですがデバイスがありません</translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaimModel</name>
    <message>
        <location filename="../models/provisioning/bulkclaimmodel.cpp" line="+78"/>
        <source>Line %1 of the file</source>
        <translation>ファイルの %1 行目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click or F2 to correct the code</source>
        <translation>ダブルクリックまたは F2 でコードを修正</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim code</source>
        <translation>登録コード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaimPanel</name>
    <message>
        <location filename="../views/provisioning/bulkclaimpanel.cpp" line="+62"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim &amp;all</source>
        <translation>すべて登録(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry failed</source>
        <translation>失敗分を再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put all in claim &amp;mode</source>
        <translation>すべて登録モードにする(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export results…</source>
        <translation>結果をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Into &amp;home:</source>
        <translation>登録先ホーム(&amp;H):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Home the devices go to</source>
        <translation>デバイスの登録先ホーム</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opens the claim window of every code still to claim, as each device&apos;s setup button would (a MODE sandbox only)</source>
        <translation>未登録のすべてのコードの登録受付を開きます。各デバイスのセットアップボタンを押したときと同じです (MODE サンドボックスのみ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget this import: the rows and the saved progress</source>
        <translation>このインポートを破棄します: 行と保存された進行状況</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulk claim rows</source>
        <translation>一括登録の行</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Claim codes</source>
        <translation>登録コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV ファイル (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard the import</source>
        <translation>インポートを破棄</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Forget the %n row(s) for “%1”? Devices already claimed stay in the home.</source>
        <translation>
            <numerusform>「%1」の %n 行を破棄しますか? 登録済みのデバイスはホームに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export results</source>
        <translation>結果をエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the results to %1.</source>
        <translation>結果を %1 に保存しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rows go to “%1”.</source>
        <translation>行は「%1」に登録されます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 devices are in claim mode for 10 minutes; %2 could not be put in claim mode (see their rows).</source>
        <translation>%1 台のデバイスが 10 分間登録モードになりました。%2 台は登録モードにできませんでした (各行を参照)。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n device(s) in claim mode for 10 minutes: press Claim all.</source>
        <translation>
            <numerusform>%n 台のデバイスが 10 分間登録モードです。「すべて登録」を押してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>An import is running: stop it before importing another file.</source>
        <translation>インポートの実行中です。別のファイルをインポートする前に停止してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick the home the devices go to first (Into home).</source>
        <translation>先にデバイスの登録先ホームを選んでください (登録先ホーム)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Replace the import</source>
        <translation>インポートを置き換え</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>The import into “%1” still has %n row(s) to claim. Replace it with %2?</source>
        <translation>
            <numerusform>「%1」へのインポートには未登録の行が %n 行あります。%2 で置き換えますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Replace the %n row(s) of the import into “%1” with %2? Export their results first if you need them.</source>
        <translation>
            <numerusform>「%1」へのインポートの %n 行を %2 で置き換えますか? 結果が必要なら先にエクスポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n code(s) ready to claim into “%1”; </source>
        <translation>
            <numerusform>「%1」に登録できるコードが %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) skipped (rows %1): see the Outcome column and correct them in the table.</source>
        <translation>
            <numerusform>%n 行をスキップしました (%1 行目)。結果の列を見て、表で修正してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n code(s) ready to claim into “%1”.</source>
        <translation>
            <numerusform>「%1」に登録できるコードが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+15"/>
        <source>Claim into “%1”</source>
        <translation>「%1」に登録</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Claim %n device(s) into “%1”?</source>
        <translation>
            <numerusform>%n 台のデバイスを「%1」に登録しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No row failed.</source>
        <translation>失敗した行はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Try the %n failed row(s) again, into “%1”?</source>
        <translation>
            <numerusform>失敗した %n 行を「%1」にもう一度登録しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Putting the devices in claim mode…</source>
        <translation>デバイスを登録モードにしています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Claiming into “%1”…</source>
        <translation>「%1」に登録中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the server: it does not answer. The import goes on by itself when it does; the rows wait.</source>
        <translation>サーバーの応答を待っています。応答があればインポートは自動で続行します。各行は待機中です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping: the claims on their way finish first…</source>
        <translation>停止中: 処理中の登録が終わるのを待っています…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Put all in claim mode: %1</source>
        <translation>すべて登録モードにする: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The import into “%1” stopped before it was through: %n row(s) still to claim.</source>
        <translation>
            <numerusform>「%1」へのインポートは途中で止まりました。未登録の行が %n 行あります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>claim-results-%1-%2.csv</source>
        <translation>claim-results-%1-%2.csv</translation>
    </message>
</context>
<context>
    <name>ModeDesk::BulkClaimWords</name>
    <message>
        <location filename="../models/provisioning/bulkclaimwords.cpp" line="+32"/>
        <source>claiming…</source>
        <translation>登録中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claimed (device %1); naming…</source>
        <translation>登録済み (デバイス %1)。名前を設定中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for the server; tried again when it answers</source>
        <translation>サーバー待ち。応答があれば再試行します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in claim mode until %1; waiting to be claimed</source>
        <translation>%1 まで登録モード。登録を待っています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in this home (device %1); naming next</source>
        <translation>すでにこのホームにあります (デバイス %1)。次に名前を設定します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed (device %1); naming next</source>
        <translation>登録済み (デバイス %1)。次に名前を設定します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to check: an earlier try may have claimed it</source>
        <translation>要確認: 前回の試行で登録済みの可能性があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already in this home (device %1)</source>
        <translation>すでにこのホームにあります (デバイス %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed and named (device %1)</source>
        <translation>登録して名前を設定済み (デバイス %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claimed (device %1)</source>
        <translation>登録済み (デバイス %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped: the same code as row %1</source>
        <translation>スキップ: %1 行目と同じコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: not a claim code. %1 Correct it in the table.</source>
        <translation>スキップ: 登録コードではありません。%1 表で修正してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not in claim mode: put the device in claim mode, then Retry failed</source>
        <translation>登録モードではありません: デバイスを登録モードにしてから「失敗分を再試行」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no device has this code: check the label, correct the code, then Retry failed</source>
        <translation>このコードのデバイスはありません: ラベルを確認してコードを修正し、「失敗分を再試行」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in your home “%1”, not “%2”: remove it there, then Retry failed</source>
        <translation>「%2」ではなく、あなたのホーム「%1」にあります: そこから削除して「失敗分を再試行」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in another account&apos;s home, not “%1” (MODE does not say which): its owner must remove it first</source>
        <translation>「%1」ではなく、別のアカウントのホームにあります (MODE はどのホームか教えません): 先に所有者が削除する必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in a home already; ModeDesk cannot tell whether it is “%1” (MODE does not say which): look for it on the Devices page; if it is not there, its owner must remove it first</source>
        <translation>すでにいずれかのホームにあります。それが「%1」かどうか ModeDesk には分かりません (MODE はどのホームか教えません): デバイスページで探し、なければ先に所有者が削除する必要があります</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>in a home, perhaps “%1” as one of the new device(s) %2 (MODE does not say which code is which device): check it on the Devices page and name it there</source>
        <translation>
            <numerusform>いずれかのホームにあります。「%1」の新しいデバイス %2 のどれかかもしれません (MODE はどのコードがどのデバイスかを教えません): デバイスページで確認し、そこで名前を付けてください</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>claimed (device %1), but naming failed: %2 Correct the name or tag, then Retry failed</source>
        <translation>登録済み (デバイス %1) ですが、名前の設定に失敗: %2 名前かタグを修正して「失敗分を再試行」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n claimed now</source>
        <translation>
            <numerusform>今回 %n 台を登録</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n 台は登録済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed (see each row; correct and Retry failed)</source>
        <translation>
            <numerusform>%n 台が失敗 (各行を確認し、修正して「失敗分を再試行」)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 行をスキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still to do</source>
        <translation>
            <numerusform>残り %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1”, %n row(s): %2.</source>
        <translation>
            <numerusform>「%1」、%n 行: %2。</numerusform>
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
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="-471"/>
        <source>Add histor&amp;y</source>
        <translation>履歴を追加(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event type</source>
        <translation>イベントタイプ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Numeric field</source>
        <translation>数値フィールド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eventData.temperature</source>
        <translation>eventData.temperature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Any device</source>
        <translation>すべてのデバイス</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Last minute</source>
        <translation>直近 1 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 10 minutes</source>
        <translation>直近 10 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>直近24時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>直近7日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>直近30日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything live</source>
        <translation>ライブ受信のすべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom range…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time window</source>
        <translation>時間範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add series</source>
        <translation>系列を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;zoom</source>
        <translation>ズームをリセット(&amp;Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>History series</source>
        <translation>履歴系列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From the home&apos;s history:</source>
        <translation>ホームの履歴から:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;b&gt;Replay&lt;/b&gt; of %1, not live: back to live on the Events page.</source>
        <translation>%1 の&lt;b&gt;再生&lt;/b&gt;中（ライブではありません）。ライブに戻るには「イベント」ページで操作します。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>History of %1 could not be read: %2 The chart shows live points meanwhile.</source>
        <translation>%1 の履歴を読み込めませんでした: %2 その間、グラフはライブのデータを表示します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>any device</source>
        <translation>すべてのデバイス</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (history)</source>
        <translation>%1(履歴)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Custom range</source>
        <translation>期間の指定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“To” must be after “From”.</source>
        <translation>「終了」は「開始」より後にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Paused at %1 – %2</source>
        <translation>%1 – %2 で一時停止中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused at %1</source>
        <translation>%1 で一時停止中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to live</source>
        <translation>ライブに戻る</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This home has no time-series (TSDB) module, so no history is kept: the chart shows live data only.</source>
        <translation>このホームには時系列(TSDB)モジュールがないため、履歴は保存されません。グラフはライブのデータのみを表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History is not available: %1 The chart shows live data.</source>
        <translation>履歴を利用できません: %1 グラフはライブのデータを表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the home&apos;s series…</source>
        <translation>ホームの系列を読み込み中…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pick an event type and a numeric field such as eventData.zones[7].</source>
        <translation>イベントタイプと数値フィールド (eventData.zones[7] など) を選んでください。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ClaimCode</name>
    <message>
        <location filename="../models/provisioning/claimcode.cpp" line="+27"/>
        <source>Type or paste the code from the device&apos;s label.</source>
        <translation>デバイスのラベルにあるコードを入力または貼り付けてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim codes have no I, O, 0 or 1 (they read alike): check the label for “%1”.</source>
        <translation>登録コードに I、O、0、1 は使われません（見分けにくいため）。ラベルの「%1」を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot be in a claim code: they use letters and the digits 2-9.</source>
        <translation>「%1」は登録コードに使えません。使えるのは英字と数字 2〜9 です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A claim code has 12 characters (ABCD-EFGH-JKLM); this has %1.</source>
        <translation>登録コードは 12 文字です（ABCD-EFGH-JKLM）。入力は %1 文字です。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ClaimPanel</name>
    <message>
        <location filename="../views/provisioning/claimpanel.cpp" line="+26"/>
        <source>&amp;Claim</source>
        <translation>登録(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put it in claim &amp;mode</source>
        <translation>登録モードにする(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rehearse with a simulated device</source>
        <translation>シミュレートしたデバイスで練習(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim a device by the code on its label</source>
        <translation>ラベルのコードでデバイスを登録</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claim code</source>
        <translation>登録コード</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What pressing the device&apos;s setup button does: opens its claim window for 10 minutes (a MODE sandbox only)</source>
        <translation>デバイスのセットアップボタンを押したときと同じく、登録受付を 10 分間開きます (MODE サンドボックスのみ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: the name it gets, e.g. Water sensor kitchen</source>
        <translation>任意: 付ける名前 (例: 台所の漏水センサー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the claimed device</source>
        <translation>登録するデバイスの名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag of the claimed device</source>
        <translation>登録するデバイスのタグ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Into:</source>
        <translation>登録先:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim code:</source>
        <translation>登録コード:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practise</source>
        <translation>練習</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device class to rehearse with</source>
        <translation>練習に使うデバイスクラス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device class:</source>
        <translation>デバイスクラス:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Claiming %1…</source>
        <translation>%1 を登録しています…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A simulated device is in claim mode with the code %1: press Claim.</source>
        <translation>シミュレートしたデバイスがコード %1 で登録モードです。「登録」を押してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(pick a home on the left)</source>
        <translation>(左でホームを選んでください)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The demo has a spare sensor to practise on: claim code %1. Type it above and press Put it in claim mode, then Claim.</source>
        <translation>デモには練習用の予備センサーがあります: 登録コード %1。上に入力して「登録モードにする」を押し、次に「登録」を押してください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Opening the claim window of %1…</source>
        <translation>%1 の登録受付を開いています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in claim mode for 10 minutes: press Claim.</source>
        <translation>%1 は 10 分間登録モードです。「登録」を押してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making a simulated device…</source>
        <translation>シミュレートされたデバイスを作成しています…</translation>
    </message>
</context>
<context>
    <name>ModeDesk::CommandComposer</name>
    <message>
        <location filename="../views/commands/commandcomposer.cpp" line="+55"/>
        <source>Send as a home event (needs a project key with the events permission)</source>
        <translation>ホームイベントとして送信 (イベント権限のあるプロジェクトキーが必要)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+370"/>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>Filter devices (name, class, tag)</source>
        <translation>デバイスを絞り込む (名前、クラス、タグ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target filter</source>
        <translation>送信先フィルター</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select all &amp;shown</source>
        <translation>表示中をすべて選択(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Target devices</source>
        <translation>送信先デバイス</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Targets</source>
        <translation>送信先</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fleet targets</source>
        <translation>フリートの送信先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this home&apos;s devices instead</source>
        <translation>代わりにこのホームのデバイスを使う</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MODE delivers a command only to a device that is connected.</source>
        <translation>MODE は接続中のデバイスにだけコマンドを届けます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this command as a template for the chosen devices&apos; classes</source>
        <translation>このコマンドを選択したデバイスのクラス用テンプレートとして保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as template</source>
        <translation>テンプレートとして保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen template</source>
        <translation>選択したテンプレートを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete template</source>
        <translation>テンプレートを削除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. set-setpoint</source>
        <translation>例: set-setpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. pong; empty: no particular answer awaited</source>
        <translation>例: pong（空欄: 特定の応答を待たない）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply event type</source>
        <translation>応答イベントタイプ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event type the device answers this command with. The command counts as answered only by that event (or by command-rejected).</source>
        <translation>デバイスがこのコマンドに応答するイベントタイプ。このイベント（または command-rejected）だけが応答とみなされます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A JSON object, e.g. {&quot;zone&quot;: 2, &quot;duration&quot;: 120}, or empty</source>
        <translation>JSON オブジェクト (例: {&quot;zone&quot;: 2, &quot;duration&quot;: 120})、または空欄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project key (kept in the system keychain with this profile)</source>
        <translation>プロジェクトキー (このプロファイルと共にシステムのキーチェーンに保存)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project key</source>
        <translation>プロジェクトキー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template:</source>
        <translation>テンプレート:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>アクション(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameters (JSON object):</source>
        <translation>パラメーター (JSON オブジェクト)(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply event:</source>
        <translation>応答イベント(&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project &amp;key:</source>
        <translation>プロジェクトキー(&amp;K):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sent commands</source>
        <translation>送信したコマンド</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resend selected</source>
        <translation>選択項目を再送信(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent, and what came back</source>
        <translation>送信内容と返ってきた応答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen command, its outcome and its reply</source>
        <translation>選択したコマンド、その結果と応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a command to see its outcome and the whole reply.</source>
        <translation>コマンドを選ぶと、結果と応答の全体が表示されます。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save template</source>
        <translation>テンプレートを保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template name:</source>
        <translation>テンプレート名:</translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>&lt;b&gt;%n device(s)&lt;/b&gt; picked on the Fleet page</source>
        <translation>
            <numerusform>フリートページで選んだ &lt;b&gt;%n 台のデバイス&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, in %n home(s).</source>
        <translation>
            <numerusform>(%n 件のホーム)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;Who is online is not known while the live link is down.</source>
        <translation>&lt;br&gt;ライブ接続が切れている間は、どれがオンラインか分かりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;&lt;b&gt;All of them are offline now&lt;/b&gt;: a command reaches only a connected device.</source>
        <translation>&lt;br&gt;&lt;b&gt;すべて現在オフラインです&lt;/b&gt;: コマンドは接続中のデバイスにだけ届きます。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;br&gt;&lt;b&gt;%n of them offline now&lt;/b&gt;: a command reaches only a connected device.</source>
        <translation>
            <numerusform>&lt;br&gt;&lt;b&gt;うち %n 台は現在オフライン&lt;/b&gt;: コマンドは接続中のデバイスにだけ届きます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&lt;br&gt;%n of them as last seen: whether they are online is known once their home is read.</source>
        <translation>
            <numerusform>&lt;br&gt;うち %n 台は最後に確認した時点の状態です: オンラインかどうかは、そのホームを読み込むと分かります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;Each gets the command; outcomes and replies show below.</source>
        <translation>&lt;br&gt;それぞれにコマンドを送ります。結果と応答は下に表示されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Send (none known online)</source>
        <translation>送信(&amp;S) (オンラインと確認できるものなし)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send (none online)</source>
        <translation>送信(&amp;S) (オンラインなし)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send to %1 devices</source>
        <translation>%1 台のデバイスに送信(&amp;S)</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>Only the ones &amp;online now</source>
        <translation>現在オンラインのものだけ(&amp;O)</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>The templates could not be saved (%1).</source>
        <translation>テンプレートを保存できませんでした (%1)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command history could not be saved (%1): what is sent now is not kept for the next start.</source>
        <translation>コマンド履歴を保存できませんでした (%1)。今送信する内容は次回の起動時には残りません。</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>(no template)</source>
        <translation>(テンプレートなし)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The parameters are not valid JSON. %1</source>
        <translation>パラメーターが正しい JSON ではありません。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parameters must be a JSON object, e.g. {&quot;zone&quot;: 2}.</source>
        <translation>パラメーターは JSON オブジェクトにしてください (例: {&quot;zone&quot;: 2})。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A home event needs a home and a project key with the events permission.</source>
        <translation>ホームイベントには、ホームとイベント権限のあるプロジェクトキーが必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending the home event…</source>
        <translation>ホームイベントを送信しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home event “%1” sent.</source>
        <translation>ホームイベント「%1」を送信しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sending to %n device(s)…</source>
        <translation>
            <numerusform>%n 台のデバイスに送信しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n device(s) did not get the command: see the history below.</source>
        <translation>
            <numerusform>%n 台のデバイスにコマンドが届きませんでした: 下の履歴を見てください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Sending again to %1…</source>
        <translation>%1 に再送信しています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier “%1”: </source>
        <translation>以前の「%1」: </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delivered to %n device(s); outcomes and replies show in the history below.</source>
        <translation>
            <numerusform>%n 台のデバイスに配信しました。結果と応答は下の履歴に表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pick a device: templates belong to a device class.</source>
        <translation>デバイスを選んでください: テンプレートはデバイスクラスごとにあります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the template “%1”.</source>
        <translation>テンプレート「%1」を保存しました。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::CommandHistory</name>
    <message>
        <location filename="../models/commands/commandhistory.cpp" line="+111"/>
        <source>Type an action first.</source>
        <translation>まずアクションを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An action name has at most 100 characters.</source>
        <translation>アクション名は 100 文字までです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot be in an action name: put the parameters in the Parameters box.</source>
        <translation>「%1」はアクション名に使えません。パラメーターは「パラメーター」欄に入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” cannot be in an action name: use letters, digits and - _ . : /, starting with a letter or digit.</source>
        <translation>「%1」はアクション名に使えません。英字、数字、- _ . : / を使い、英字か数字で始めてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a space</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The command history could not be read (%1): earlier commands are not shown.</source>
        <translation>コマンド履歴を読み込めませんでした (%1)。以前のコマンドは表示されません。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>no connection</source>
        <translation>接続なし</translation>
    </message>
</context>
<context>
    <name>ModeDesk::CommandHistoryModel</name>
    <message>
        <location filename="../models/commands/commandhistorymodel.cpp" line="+27"/>
        <source>sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered, waiting for “%1”…</source>
        <translation>配信済み、「%1」を待っています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not delivered: %1</source>
        <translation>未配信: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected by the device</source>
        <translation>デバイスが拒否しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected by the device: %1</source>
        <translation>デバイスが拒否しました: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replied: %1</source>
        <translation>応答あり: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no “%1” within %n s</source>
        <translation>
            <numerusform>%n 秒以内に「%1」がありません</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2 (id %3), sent %4</source>
        <translation>%1 → %2（ID %3）、送信 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parameters: %1</source>
        <translation>パラメーター: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2:</source>
        <translation>%1（%2）:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n other event(s) from the device within %1 s:</source>
        <translation>
            <numerusform>%1 秒以内のデバイスからのほかのイベント %n 件:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Device %1</source>
        <translation>デバイス %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n other event(s)</source>
        <translation>
            <numerusform>ほかのイベント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the command to read the whole reply below.</source>
        <translation>コマンドを選ぶと、下に応答の全体が表示されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
</context>
<context>
    <name>ModeDesk::Dashboard</name>
    <message>
        <location filename="../app/dashboard.cpp" line="+107"/>
        <source>The saved key did not work: %1</source>
        <translation>保存されたキーが使えませんでした: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Local sandbox stopped: restarting in %1 s…</source>
        <translation>ローカルサンドボックスが停止しました。%1 秒後に再起動します…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restarting the local sandbox…</source>
        <translation>ローカルサンドボックスを再起動しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local sandbox could not start.
%1</source>
        <translation>ローカルサンドボックスを起動できませんでした。
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain is not available (%1): keys are kept for this session only.</source>
        <translation>システムのキーチェーンを使えません (%1): キーはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The system keychain refused a change (%1): the key may be asked for again at the next start, or stay stored until removed in the keychain app.</source>
        <translation>システムのキーチェーンが変更を拒否しました（%1）。次回の起動時にキーを再度求められるか、キーチェーンアプリで削除するまで保存されたままになります。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No connection profile yet. Create one with File → New profile.</source>
        <translation>接続プロファイルがまだありません。「ファイル → 新しいプロファイル」で作成してください。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Starting the local MODE sandbox…</source>
        <translation>ローカル MODE サンドボックスを起動しています…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sign in as the demo user %1; the outbox has the codes.</source>
        <translation>デモユーザー %1 としてサインインしてください。コードは送信トレイにあります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in as the demo user…</source>
        <translation>デモユーザーとしてサインインしています…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Signed out: %1</source>
        <translation>サインアウトしました: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The outbox belongs to the local sandbox, which is not running.</source>
        <translation>送信トレイはローカルサンドボックスのもので、サンドボックスは動いていません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The account was deleted.</source>
        <translation>アカウントは削除されました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An import is claiming devices into “%1”. Apply the profile? The claims on their way finish first; the import can be continued afterwards.</source>
        <translation>インポートが「%1」にデバイスを登録中です。プロファイルを適用しますか? 処理中の登録が先に終わり、インポートは後で続行できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop and apply</source>
        <translation>停止して適用(&amp;S)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sandbox admin key</source>
        <translation>サンドボックスの管理キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin key of the MODE sandbox at %1. It is kept in the system keychain; leave it empty to remove it.</source>
        <translation>%1 の MODE サンドボックスの管理キーです。システムのキーチェーンに保存されます。空にすると削除します。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ModeDesk uses %1 from the next start.</source>
        <translation>次回の起動から ModeDesk は %1 を使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restart now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ModeDesk::DeviceClaim</name>
    <message>
        <location filename="../models/provisioning/deviceclaim.cpp" line="+38"/>
        <source>Pick a home on the left first.</source>
        <translation>先に左でホームを選んでください。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>This device (id %1) is in your home “%2”, not in “%3”. Remove it there first, then claim it here.</source>
        <translation>このデバイス (ID %1) は「%3」ではなく、あなたのホーム「%2」にあります。先にそちらから削除してから、ここで登録してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device (id %1) is in a home of another account, not in “%2” (MODE does not say which). Its owner must remove it first.</source>
        <translation>このデバイス (ID %1) は「%2」ではなく、別のアカウントのホームにあります (MODE はどのホームか教えません)。先に所有者が削除する必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device is in a home already. ModeDesk has not claimed this code before, so it cannot tell whether that home is “%1” (MODE does not say which): look for it on the Devices page; if it is not there, its owner must remove it first.</source>
        <translation>このデバイスはすでにいずれかのホームにあります。ModeDesk はこのコードを登録したことがないため、それが「%1」かどうか分かりません (MODE はどのホームか教えません): デバイスページで探し、なければ先に所有者が削除する必要があります。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The device is not in claim mode. Put it in claim mode (hold its setup button, or use its app): the window lasts 10 minutes by default, then claim again.</source>
        <translation>デバイスが登録モードではありません。登録モードにしてください (セットアップボタンを長押しするか、デバイスのアプリを使います)。通常 10 分間有効なので、その間にもう一度登録してください。</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+49"/>
        <source>Device %1 (%2) is now in “%3”.</source>
        <translation>デバイス %1 (%2) は「%3」に登録されました。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No device has this claim code. Check the label: codes look like ABCD-EFGH-JKLM (no I, O, 0 or 1).</source>
        <translation>この登録コードのデバイスはありません。ラベルを確認してください: コードは ABCD-EFGH-JKLM の形です (I、O、0、1 は使われません)。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Device %1 (%2) is now in “%3”, but naming it failed: %4 Rename it on the Devices page.</source>
        <translation>デバイス %1 (%2) は「%3」に登録されましたが、名前の設定に失敗しました: %4 デバイスページで名前を変更してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Device %1 (%2) is in “%3” already: nothing to do.</source>
        <translation>デバイス %1 (%2) はすでに「%3」にあります。何もする必要はありません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The device is already in a home; which one could not be checked: %1</source>
        <translation>このデバイスはすでにいずれかのホームにあります。どのホームかは確認できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ModeDesk::DevicesModel</name>
    <message>
        <location filename="../models/home/devicesmodel.cpp" line="+11"/>
        <location line="+18"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event</source>
        <translation>最新のイベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last connected</source>
        <translation>最終接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last disconnected</source>
        <translation>最終切断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(unnamed %1, %2)</source>
        <translation>(名前なし %1、%2)</translation>
    </message>
</context>
<context>
    <name>ModeDesk::DevicesPage</name>
    <message>
        <location filename="../views/home/devicespage.cpp" line="+25"/>
        <source>Filter devices by name, class, tag or id</source>
        <translation>名前、クラス、タグ、ID でデバイスを絞り込む</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save changes</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from home…</source>
        <translation>ホームから削除…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device name</source>
        <translation>デバイス名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device tag</source>
        <translation>デバイスタグ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Pick a device to see its details.</source>
        <translation>デバイスを選ぶと詳細が表示されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;middot; id %2 &amp;middot; class &lt;b&gt;%3&lt;/b&gt; &amp;middot; %4&lt;br&gt;Last connected %5 &amp;middot; last disconnected %6 &amp;middot; last event %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;middot; ID %2 &amp;middot; クラス &lt;b&gt;%3&lt;/b&gt; &amp;middot; %4&lt;br&gt;最終接続 %5 &amp;middot; 最終切断 %6 &amp;middot; 最新のイベント %7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>online state unknown (no live link)</source>
        <translation>オンライン状態は不明（ライブ接続なし）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online state unknown (as last seen)</source>
        <translation>オンライン状態は不明（最後に確認した時点の状態）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A device needs a name.</source>
        <translation>デバイスには名前が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving device…</source>
        <translation>デバイスを保存しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove device</source>
        <translation>デバイスを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” (device %2) from this home? Pre-provisioned hardware can be claimed again later.</source>
        <translation>「%1」(デバイス %2) をこのホームから削除しますか? 事前プロビジョニングされたハードウェアは後で再登録できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing device…</source>
        <translation>デバイスを削除しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ErrorText</name>
    <message>
        <location filename="../models/session/errortext.cpp" line="+19"/>
        <source>Cannot reach %1. Check the network and the server address in the profile.</source>
        <translation>%1 に接続できません。ネットワークと、プロファイルのサーバーアドレスを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not answer in time. Try again; if it keeps happening, the server may be overloaded.</source>
        <translation>%1 が時間内に応答しませんでした。もう一度試してください。繰り返し起きる場合はサーバーが過負荷かもしれません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your key no longer works (signed out, or the session ended). Sign in again.</source>
        <translation>キーが使えなくなりました (サインアウトしたか、セッションが終了しました)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 min</source>
        <translation>約 %1 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong tries: wait %1, then try again (or reset the password).</source>
        <translation>誤りが多すぎます。%1 待ってから、もう一度お試しください（またはパスワードをリセットしてください）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests: wait %1, then try again.</source>
        <translation>リクエストが多すぎます。%1 待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy (503). Wait a moment and try again.</source>
        <translation>サーバーが混み合っています (503)。少し待ってからもう一度試してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed (%1 %2). Try again later.</source>
        <translation>サーバーでエラーが起きました (%1 %2)。後でもう一度試してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the home&apos;s only owner. Add another owner before removing them.</source>
        <translation>このホームの唯一のオーナーです。削除する前に別のオーナーを追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That person is already a member of this home.</source>
        <translation>この人はすでにこのホームのメンバーです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with that address already exists. Sign in instead, or reset the password.</source>
        <translation>このアドレスのアカウントはすでにあります。サインインするか、パスワードをリセットしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That account exists but is not verified yet. Send the verification again.</source>
        <translation>このアカウントはありますが、まだ確認されていません。確認メールを再送してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is not verified yet. Open the verification mail, or send it again.</source>
        <translation>このアカウントはまだ確認されていません。確認メールを開くか、再送してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account uses that email address. Check it, or sign up.</source>
        <translation>このメールアドレスのアカウントはありません。アドレスを確認するか、新規登録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account uses that phone number. Check it, or sign up.</source>
        <translation>この電話番号のアカウントはありません。番号を確認するか、新規登録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong password. Try again, or reset it.</source>
        <translation>パスワードが違います。もう一度試すか、リセットしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That code is wrong or expired (codes last 10 minutes). Ask for a new one.</source>
        <translation>コードが違うか期限切れです (コードの有効期間は 10 分)。新しいコードを請求してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That token is wrong, expired or already used. Ask for a new one.</source>
        <translation>トークンが違うか、期限切れか、使用済みです。新しいトークンを請求してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not an email address.</source>
        <translation>メールアドレスではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a phone number. Use the international form, e.g. +15555550100.</source>
        <translation>電話番号ではありません。国際形式で入力してください (例: +15555550100)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>パスワードが短すぎます: 8 文字以上にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is too easy to guess. Choose another.</source>
        <translation>パスワードが推測されやすすぎます。別のものを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another account already uses that email address.</source>
        <translation>このメールアドレスは別のアカウントで使われています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys use letters, digits, &apos;_&apos; and &apos;-&apos;, start and end with a letter or digit, and have at most 64 characters.</source>
        <translation>キーには英字、数字、&apos;_&apos;、&apos;-&apos; が使え、英字か数字で始まって終わり、64 文字以内です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The value must be JSON and not null.</source>
        <translation>値は null 以外の JSON にしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value is too large (at most 64 KiB of JSON).</source>
        <translation>値が大きすぎます (JSON で 64 KiB まで)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device is offline: it cannot take commands until it reconnects.</source>
        <translation>デバイスはオフラインです: 再接続するまでコマンドを受け取れません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device is not in claim mode. Put it in claim mode (windows last 10 minutes by default) and try again.</source>
        <translation>デバイスが登録モードではありません。登録モードにして (通常 10 分間有効) からもう一度試してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device already belongs to a home. Remove it there first.</source>
        <translation>デバイスはすでに別のホームに属しています。先にそちらから削除してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device has that claim code. Check the label.</source>
        <translation>この登録コードのデバイスはありません。ラベルを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has the most homes allowed.</source>
        <translation>このアカウントのホーム数は上限に達しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This home has the most members allowed.</source>
        <translation>このホームのメンバー数は上限に達しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key is not allowed to do that. Sign in with an account that may, or ask the home&apos;s owner.</source>
        <translation>このキーにはその操作が許可されていません。許可されたアカウントでサインインするか、ホームのオーナーに依頼してください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server refused this account (403): it may not do that. Ask the home&apos;s owner, or sign in with another account.</source>
        <translation>サーバーがこのアカウントを拒否しました (403)。この操作は許可されていません。ホームのオーナーに依頼するか、別のアカウントでサインインしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the request (%1). Refresh and try again; if it keeps happening, the Details say what the server sent.</source>
        <translation>サーバーがリクエストを拒否しました (%1)。更新してもう一度お試しください。繰り返し起きる場合は、詳細にサーバーの応答が表示されます。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The profile&apos;s app id is not an app of this project. Fix it in the profile.</source>
        <translation>プロファイルのアプリ ID はこのプロジェクトのアプリではありません。プロファイルで修正してください。</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The server sent an answer ModeDesk cannot read. Nothing was changed here; check that the profile points at a MODE API.</source>
        <translation>サーバーから ModeDesk が読めない応答が届きました。ここでは何も変更されていません。プロファイルが MODE API を指しているか確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an answer too large to take, so it was dropped and nothing was changed here. The server may be misbehaving: try again later, or tell its operator.</source>
        <translation>%1 から受け取れないほど大きな応答が届いたため破棄しました。ここでは何も変更されていません。サーバーの不具合かもしれません。後でもう一度試すか、運用者に知らせてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server redirected the request elsewhere, so it was not sent. Check the server address in the profile.</source>
        <translation>サーバーがリクエストを別の場所へリダイレクトしたため、送信しませんでした。プロファイルのサーバーアドレスを確認してください。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The profile&apos;s project id is wrong. Fix it in the profile.</source>
        <translation>プロファイルのプロジェクト ID が違います。プロファイルで修正してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not take this time zone. Pick another from the list, e.g. Europe/Berlin.</source>
        <translation>サーバーはこのタイムゾーンを受け付けません。一覧から別のもの (例: Asia/Tokyo) を選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not take this name (%1). Correct it and try again.</source>
        <translation>サーバーはこの名前を受け付けません (%1)。修正してもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not take this tag (%1). Correct it and try again.</source>
        <translation>サーバーはこのタグを受け付けません (%1)。修正してもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the input. Check what was typed.</source>
        <translation>サーバーが入力を拒否しました。入力内容を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the field “%1” (%2). Correct it and try again.</source>
        <translation>サーバーが項目「%1」を拒否しました (%2)。修正してもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found: it was deleted, or this account cannot see it. Refresh the list.</source>
        <translation>見つかりません: 削除されたか、このアカウントからは見えません。一覧を更新してください。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::EventLogModel</name>
    <message>
        <location filename="../models/events/eventlogmodel.cpp" line="+43"/>
        <source>(home)</source>
        <translation>(ホーム)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device %1</source>
        <translation>デバイス %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the event to see its whole payload.</source>
        <translation>イベントを選ぶとペイロード全体が表示されます。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>イベントタイプ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
</context>
<context>
    <name>ModeDesk::EventReplayer</name>
    <message>
        <location filename="../models/events/eventrecording.cpp" line="+77"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 holds no events.</source>
        <translation>%1 にイベントがありません。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::EventsPage</name>
    <message>
        <location filename="../views/events/eventspage.cpp" line="+40"/>
        <location line="+165"/>
        <location line="+112"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+130"/>
        <location line="+168"/>
        <source>&amp;Record…</source>
        <translation>記録(&amp;R)…</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Device filter</source>
        <translation>デバイスフィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event type filter</source>
        <translation>イベントタイプフィルター</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All event types</source>
        <translation>すべてのイベントタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text, also inside the payload</source>
        <translation>テキスト (ペイロード内も検索)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text filter</source>
        <translation>テキストフィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;play…</source>
        <translation>再生(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As CSV…</source>
        <translation>CSV として…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As JSON…</source>
        <translation>JSON として…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>keep </source>
        <translation>保持: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> events</source>
        <translation> 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log size</source>
        <translation>ログのサイズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many events the log holds; older ones make room (and are counted).</source>
        <translation>ログに保持するイベント数。古いものから削除されます (削除数は表示されます)。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Event log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select an event to see all of it.</source>
        <translation>イベントを選ぶと全体が表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event details</source>
        <translation>イベントの詳細</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back to live</source>
        <translation>ライブに戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replay status</source>
        <translation>再生の状態</translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>%Ln event(s) in the replay</source>
        <translation>
            <numerusform>再生中のイベント %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln event(s) in the log (holds %1)</source>
        <translation>
            <numerusform>ログに %Ln 件のイベント (上限 %1 件)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filtering… %1%</source>
        <translation>絞り込み中… %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown</source>
        <translation>%1 件を表示</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 unreadable lines of %2 were skipped.</source>
        <translation>%2 の読めない %1 行をスキップしました。</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Recording stopped: %1</source>
        <translation>記録を停止しました: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <location line="+112"/>
        <source>&amp;Resume (%n new)</source>
        <translation>
            <numerusform>再開(&amp;R) (新着 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-95"/>
        <source>All devices</source>
        <translation>すべてのデバイス</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&lt;b&gt;Replay&lt;/b&gt; of %1: %2 recorded events, not live. Export writes these. Live events keep arriving in the live log.</source>
        <translation>%1 の&lt;b&gt;再生&lt;/b&gt;: 記録されたイベント %2 件（ライブではありません）。エクスポートはこれらを書き出します。ライブのイベントは引き続きライブログに届きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Replaying&lt;/b&gt; %1 (%2 events)…</source>
        <translation>%1 を&lt;b&gt;再生&lt;/b&gt;しています（%2 件）…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 older events dropped to make room</source>
        <translation>古いイベント %1 件を削除して空きを作りました</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>paused: %n new event(s) waiting</source>
        <translation>
            <numerusform>一時停止中: 新着イベント %n 件が待機中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording to %1 (%2 events)</source>
        <translation>%1 に記録中 (%2 件)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot record to %1: %2</source>
        <translation>%1 に記録できません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop &amp;recording</source>
        <translation>記録を停止(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording every event to %1.</source>
        <translation>すべてのイベントを %1 に記録しています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recording saved.</source>
        <translation>記録を保存しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record events to</source>
        <translation>イベントの記録先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event recordings (*.jsonl)</source>
        <translation>イベント記録 (*.jsonl)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replay a recording</source>
        <translation>記録を再生</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event recordings (*.jsonl);;All files (*)</source>
        <translation>イベント記録 (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n 件のイベントを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the events shown</source>
        <translation>表示中のイベントをエクスポート</translation>
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
        <translation>ホーム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>台数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
</context>
<context>
    <name>ModeDesk::FleetModel</name>
    <message>
        <location line="-86"/>
        <source>Device %1 (%2) in %3</source>
        <translation>%3 のデバイス %1 (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event type</source>
        <translation>最新のイベントタイプ</translation>
    </message>
</context>
<context>
    <name>ModeDesk::FleetPage</name>
    <message>
        <location filename="../views/fleet/fleetpage.cpp" line="+98"/>
        <source>Devices per home</source>
        <translation>ホームごとのデバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices per class</source>
        <translation>クラスごとのデバイス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load again</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all shown</source>
        <translation>表示中をすべて選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send command to selected…</source>
        <translation>選択したデバイスにコマンド送信…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open its home</source>
        <translation>そのホームを開く</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by home, name, class, tag, event type or id</source>
        <translation>ホーム、名前、クラス、タグ、イベントタイプ、ID で絞り込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleet filter</source>
        <translation>フリートの絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online state</source>
        <translation>オンライン状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online or not</source>
        <translation>オンライン/オフライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online only</source>
        <translation>オンラインのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline only</source>
        <translation>オフラインのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device class</source>
        <translation>デバイスクラス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide columns (also from the table header&apos;s menu)</source>
        <translation>列の表示/非表示 (表の見出しのメニューからも可能)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Every device of every home</source>
        <translation>すべてのホームのすべてのデバイス</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Per home</source>
        <translation>ホームごと</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per class</source>
        <translation>クラスごと</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a row to show only its devices.</source>
        <translation>行をクリックすると、そのデバイスだけを表示します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Homes loaded</source>
        <translation>読み込んだホーム</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices shown</source>
        <translation>表示中のデバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the command composer with the picked devices as targets</source>
        <translation>選んだデバイスを送信先にしてコマンド作成を開きます</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Pick the devices first (or Select all shown).</source>
        <translation>先にデバイスを選んでください (または「表示中をすべて選択」)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 devices are picked; a command goes to at most %2 at once. Narrow the filter.</source>
        <translation>%1 台のデバイスが選ばれています。コマンドは一度に最大 %2 台までです。絞り込んでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Command many devices</source>
        <translation>多数のデバイスにコマンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a command to %1 devices in several homes? The composer opens with them as targets; nothing is sent until you press Send there.</source>
        <translation>複数のホームの %1 台のデバイスにコマンドを送りますか? コマンド作成画面がそれらを送信先にして開きます。そこで「送信」を押すまで何も送られません。</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 devices</source>
        <translation>%1 台のデバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 devices shown</source>
        <translation>%2 台中 %1 台を表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 online</source>
        <translation> · オンライン %1 台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 online in the whole fleet</source>
        <translation> · フリート全体でオンライン %1 台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · online state unknown (no live link)</source>
        <translation> · オンライン状態は不明 (ライブ接続なし)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 selected</source>
        <translation> · %1 台選択</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All homes</source>
        <translation>すべてのホーム</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <source>Homes loaded: %1 of %2</source>
        <translation>読み込んだホーム: %2 件中 %1 件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Greyed rows are as last seen on %1.</source>
        <translation>グレーの行は %1 時点の状態です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They are being checked with the server.</source>
        <translation>サーバーと照合しています。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The devices of %n home(s) could not be loaded. %1 Then Load again.</source>
        <translation>
            <numerusform>%n 件のホームのデバイスを読み込めませんでした。%1 その後「再読み込み」を押してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n device(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>サーバーから届いたデバイスのうち %n 台を読み取れなかったため、除外しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::HistoryExport</name>
    <message>
        <location filename="../models/history/historycatalog.cpp" line="+110"/>
        <location line="+13"/>
        <source>Export cancelled.</source>
        <translation>エクスポートを中止しました。</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>Pick a series or collection to export.</source>
        <translation>エクスポートする系列またはコレクションを選んでください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 (%2 KiB).</source>
        <translation>%1 をエクスポートしました(%2 KiB)。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::HistoryItemsModel</name>
    <message>
        <location line="-421"/>
        <location line="+42"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Collection (%1)</source>
        <translation>コレクション(%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No points yet</source>
        <translation>まだデータ点がありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First point</source>
        <translation>最初の点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last point</source>
        <translation>最後の点</translation>
    </message>
</context>
<context>
    <name>ModeDesk::HistoryPage</name>
    <message>
        <location filename="../views/history/historypage.cpp" line="+32"/>
        <source>Filter series</source>
        <translation>系列を絞り込む</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel export</source>
        <translation>エクスポートを中止</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sho&amp;w on chart</source>
        <translation>グラフに表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete r&amp;ange…</source>
        <translation>期間を削除(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last hour</source>
        <translation>直近1時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>直近24時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>直近7日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>直近30日間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export progress</source>
        <translation>エクスポートの進捗</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Pick a home on the left to see its history.</source>
        <translation>左でホームを選ぶと、その履歴が表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This home has no time-series (TSDB) module, so no history is kept. Ask the project&apos;s administrator to add one in the MODE console; the Chart page shows live data meanwhile.</source>
        <translation>このホームには時系列(TSDB)モジュールがないため、履歴は保存されません。プロジェクトの管理者に MODE コンソールで追加してもらってください。それまでグラフのページはライブのデータを表示します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The home&apos;s series could not be listed: %1</source>
        <translation>ホームの系列を一覧できませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the home&apos;s series…</source>
        <translation>ホームの系列を読み込み中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No series yet: devices add them by sending timeSeriesData in their events.</source>
        <translation>まだ系列がありません。デバイスがイベントで timeSeriesData を送ると作られます。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n series and collections.</source>
        <translation>
            <numerusform>%n 件の系列とコレクション。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The range ends before it begins: pick a later “To”.</source>
        <translation>期間の終了が開始より前です。「終了」をもっと後にしてください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>history-%1.zip</source>
        <translation>history-%1.zip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export history</source>
        <translation>履歴をエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP of CSV files (*.zip)</source>
        <translation>CSV ファイルの ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exporting %n item(s)…</source>
        <translation>
            <numerusform>%n 件をエクスポート中…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete every point of %1 from %2? This cannot be undone.</source>
        <translation>%1 の %2 のデータ点をすべて削除しますか?元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete every point from %1 of %n item(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n 件の %1 のデータ点をすべて削除しますか?元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete range</source>
        <translation>期間を削除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting points…</source>
        <translation>データ点を削除中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points from %1 deleted.</source>
        <translation>%1 のデータ点を削除しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete %1 and all of its points? This cannot be undone.</source>
        <translation>%1 とそのすべてのデータ点を削除しますか?元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n series and collections with all of their points? This cannot be undone.</source>
        <translation>
            <numerusform>%n 件の系列とコレクションを、すべてのデータ点とともに削除しますか?元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete history</source>
        <translation>履歴を削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting %1…</source>
        <translation>%1 を削除中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::HomeController</name>
    <message>
        <location filename="../models/home/homecontroller.cpp" line="+110"/>
        <source>The devices of this home could not be loaded. %1</source>
        <translation>このホームのデバイスを読み込めませんでした。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The members of this home could not be loaded. %1</source>
        <translation>このホームのメンバーを読み込めませんでした。%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key-value pairs of this home could not be loaded. %1</source>
        <translation>このホームのキーと値を読み込めませんでした。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The smart modules of this home could not be loaded. %1</source>
        <translation>このホームのスマートモジュールを読み込めませんでした。%1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n device(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>サーバーから届いたデバイスのうち %n 台を読み取れなかったため、除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n member(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>サーバーから届いたメンバーのうち %n 人を読み取れなかったため、除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n key-value pair(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>サーバーから届いたキーと値のうち %n 件を読み取れなかったため、除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n smart module(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>サーバーから届いたスマートモジュールのうち %n 件を読み取れなかったため、除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The saved pair “%1” could not be read back: %2</source>
        <translation>保存したキー「%1」を読み戻せませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ModeDesk::HomesModel</name>
    <message>
        <location filename="../models/home/homesmodel.cpp" line="+24"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home %1, created %2</source>
        <translation>ホーム %1、作成 %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>ModeDesk::HomesPanel</name>
    <message>
        <location filename="../views/home/homespanel.cpp" line="+31"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me</source>
        <translation>名前を変更(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+2"/>
        <source>Filter homes</source>
        <translation>ホームを絞り込む</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Homes</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a home (Ctrl+N)</source>
        <translation>ホームを作成 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New home</source>
        <translation>新しいホーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Rename home</source>
        <translation>ホームの名前を変更</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+121"/>
        <source>Delete home</source>
        <translation>ホームを削除</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>&lt;b&gt;Homes&lt;/b&gt;</source>
        <translation>&lt;b&gt;ホーム&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Created “%1”.</source>
        <translation>「%1」を作成しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Renaming…</source>
        <translation>名前を変更しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed to “%1”.</source>
        <translation>「%1」に名前を変更しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete “%1”? Its members lose access, its key-value store is erased and its devices are released.</source>
        <translation>「%1」を削除しますか? メンバーはアクセスできなくなり、キー値ストアは消去され、デバイスは解放されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting “%1”…</source>
        <translation>「%1」を削除しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::JsonEditor</name>
    <message>
        <location filename="../views/common/jsoneditor.cpp" line="+39"/>
        <source>Any JSON value, e.g. {&quot;on&quot;: true} or 21.5 or &quot;away&quot;</source>
        <translation>任意の JSON 値 (例: {&quot;on&quot;: true}、21.5、&quot;away&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON value</source>
        <translation>JSON 値</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 of JSON: too large to edit here, so only its start is shown, read-only.</source>
        <translation>%1 の JSON: ここで編集するには大きすぎるため、先頭だけを読み取り専用で表示しています。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This value (%1) could not be read: %2. It can be deleted, or replaced by saving another value under its key.</source>
        <translation>この値 (%1) を読み取れませんでした: %2。削除するか、同じキーで別の値を保存して置き換えることができます。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: shown without colours, and checked in the background.</source>
        <translation>%1: 色分けせずに表示し、バックグラウンドで検査します。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a comma with nothing after it: remove the comma before “%1”</source>
        <translation>後ろに何もないカンマです。「%1」の前のカンマを削除してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a JSON number (numbers cannot start with 0 or hold “:”); quote it as text: &quot;%1&quot;</source>
        <translation>「%1」は JSON の数値ではありません（数値は 0 で始まらず「:」を含みません）。テキストとして引用符で囲んでください: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a JSON value: quote text (&quot;%1&quot;), or use true, false or null</source>
        <translation>「%1」は JSON の値ではありません。テキストは引用符で囲むか（&quot;%1&quot;）、true、false、null を使ってください</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a value is required</source>
        <translation>値が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one value is allowed (use an array for several)</source>
        <translation>値は 1 つだけです (複数なら配列にしてください)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this value is shown in part or could not be read: it cannot be saved from here</source>
        <translation>この値は一部だけ表示しているか、読み取れませんでした: ここからは保存できません</translation>
    </message>
</context>
<context>
    <name>ModeDesk::KeyValuesPage</name>
    <message>
        <location filename="../views/home/keyvaluespage.cpp" line="+24"/>
        <source>Key prefix</source>
        <translation>キーの接頭辞</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New pair</source>
        <translation>新しいペア(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pair</source>
        <translation>ペア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters, digits, _ and -</source>
        <translation>英字、数字、_、-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Value (JSON):</source>
        <translation>値 (JSON)(&amp;V):</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A pair needs a key.</source>
        <translation>ペアにはキーが必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value is not valid JSON. %1</source>
        <translation>値が正しい JSON ではありません。%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>null cannot be stored: delete the pair instead.</source>
        <translation>null は保存できません: 代わりにペアを削除してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving %1…</source>
        <translation>%1 を保存しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete pair</source>
        <translation>ペアを削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the pair “%1”?</source>
        <translation>ペア「%1」を削除しますか?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::KvModel</name>
    <message>
        <location filename="../models/home/kvmodel.cpp" line="+35"/>
        <source>cannot be read (%1): %2</source>
        <translation>読み取れません (%1): %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(%1 in all: select the pair to see more)</source>
        <translation>(全体で %1: 選択するとさらに表示されます)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>ModeDesk::LinkStatusWidget</name>
    <message>
        <location filename="../views/shell/linkstatuswidget.cpp" line="+46"/>
        <source>Live link: %1</source>
        <translation>ライブ接続: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Live updates off</source>
        <translation>ライブ更新オフ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live, but silent</source>
        <translation>ライブ (イベントなし)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnecting…</source>
        <translation>再接続しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 events/s</source>
        <translation>%1 件/秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last event %1</source>
        <translation>最新のイベント %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reconnect(s)</source>
        <translation>
            <numerusform>再接続 %n 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <location line="+1"/>
        <source>%n event(s) shed</source>
        <translation>
            <numerusform>%n 件のイベントを破棄</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Events arrived faster than this window could show them: the oldest waiting ones were dropped so that it stays responsive. The log and the chart miss them; the devices and the server do not.</source>
        <translation>イベントがこのウィンドウの表示より速く届いたため、操作できる状態を保つよう、待機中の古いものから破棄しました。ログとチャートには含まれませんが、デバイスとサーバーには残っています。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Connected, but no event has arrived for a while. Devices may be quiet, or something upstream is stuck.</source>
        <translation>接続していますが、しばらくイベントが届いていません。デバイスが静かなのか、上流で何かが止まっているのかもしれません。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::LiveChartView</name>
    <message>
        <location filename="../views/events/livechartview.cpp" line="+44"/>
        <source>Live chart</source>
        <translation>ライブチャート</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Pick an event type and a numeric field above, then Add series.</source>
        <translation>上でイベントタイプと数値フィールドを選び、「系列を追加」を押してください。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::LocalSandbox</name>
    <message>
        <location filename="../app/localsandbox.cpp" line="+32"/>
        <source>The local sandbox did not start within %1 seconds.</source>
        <translation>ローカルサンドボックスが %1 秒以内に起動しませんでした。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot run %1: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot run %1: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The local sandbox stopped at start (exit code %1): %2</source>
        <translation>ローカルサンドボックスが起動時に終了しました (終了コード %1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the local sandbox stopped unexpectedly</source>
        <translation>ローカルサンドボックスが予期せず停止しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the local sandbox exited (code %1)</source>
        <translation>ローカルサンドボックスが終了しました（コード %1）</translation>
    </message>
</context>
<context>
    <name>ModeDesk::MainWindow</name>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="+71"/>
        <source>Filter smart modules</source>
        <translation>スマートモジュールを絞り込む</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowactions.cpp" line="+107"/>
        <source>&amp;Fleet: every device</source>
        <translation>フリート: 全デバイス(&amp;F)</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="+17"/>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
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
        <translation>サインイン…</translation>
    </message>
    <message>
        <location filename="../views/shell/pageregistry.cpp" line="+12"/>
        <source>&amp;Devices</source>
        <translation>デバイス(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members</source>
        <translation>メンバー(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key-values</source>
        <translation>キー値(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smart modules</source>
        <translation>モジュール(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Events</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chart</source>
        <translation>グラフ(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ommands</source>
        <translation>コマンド(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simula&amp;tor</source>
        <translation>シミュレータ(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provisioning</source>
        <translation>プロビジョニング(&amp;P)</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="+32"/>
        <source>Every device of every home, in one list (Ctrl+Shift+F)</source>
        <translation>すべてのホームのすべてのデバイスを 1 つの一覧に (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert rules and the alerts they raised (Ctrl+Shift+A)</source>
        <translation>アラートルールと発生したアラート (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Server status</source>
        <translation>サーバーの状態</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Which device each claimed code became could not be saved (%1): a later claim of such a code may not tell this home from another.</source>
        <translation>登録したコードとデバイスの対応を保存できませんでした (%1): 後で同じコードを登録するとき、このホームか別のホームかを判別できないことがあります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The alerts could not be saved (%1): they are lost at the next start.</source>
        <translation>アラートを保存できませんでした (%1): 次回の起動時に失われます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command history could not be saved (%1).</source>
        <translation>コマンド履歴を保存できませんでした (%1)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The command templates could not be saved (%1).</source>
        <translation>コマンドテンプレートを保存できませんでした (%1)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The homes and devices as last seen could not be saved (%1): the next start waits for the server to show them.</source>
        <translation>最後に確認したホームとデバイスを保存できませんでした（%1）: 次回の起動では、サーバーが応答するまで表示されません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reconnect now</source>
        <translation>今すぐ再接続</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection profile</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in user</source>
        <translation>サインイン中のユーザー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The home open last time is no longer there: showing %1 instead.</source>
        <translation>前回開いていたホームはもうありません: 代わりに %1 を表示しています。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>An import is claiming devices into “%1”. Switch the profile? The claims on their way finish first; the import can be continued when this profile is open again.</source>
        <translation>インポートが「%1」にデバイスを登録中です。プロファイルを切り替えますか? 処理中の登録が先に終わります。このプロファイルを再び開いたときにインポートを続行できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop and switch</source>
        <translation>停止して切り替え(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowactions.cpp" line="-77"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Profile: </source>
        <translation> プロファイル: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit profile…</source>
        <translation>プロファイルを編集…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New profile…</source>
        <translation>新しいプロファイル…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account…</source>
        <translation>アカウント…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail and SMS the local sandbox would have sent</source>
        <translation>ローカルサンドボックスが送信したはずのメールと SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ppearance</source>
        <translation>外観(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;system</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Home</source>
        <translation>ホーム(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New home…</source>
        <translation>新しいホーム(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename home…</source>
        <translation>ホームの名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete home…</source>
        <translation>ホームを削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find in list</source>
        <translation>一覧で検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Alerts</source>
        <translation>アラート(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen &amp;home</source>
        <translation>選択中のホーム(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Homes &amp;panel</source>
        <translation>ホーム一覧(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sandbox</source>
        <translation>サンドボックス(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Admin key…</source>
        <translation>管理キー(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin key of the MODE sandbox this profile points at</source>
        <translation>このプロファイルが指す MODE サンドボックスの管理キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the admin key</source>
        <translation>管理キーをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox&apos;s admin key is on the clipboard.</source>
        <translation>サンドボックスの管理キーをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restart the local sandbox</source>
        <translation>ローカルサンドボックスを再起動(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About ModeDesk</source>
        <translation>ModeDesk について(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ModeDesk</source>
        <translation>ModeDesk について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ModeDesk %1&lt;/b&gt;&lt;br&gt;A desktop dashboard for fleets on the MODE IoT cloud (API v2.1).</source>
        <translation>&lt;b&gt;ModeDesk %1&lt;/b&gt;&lt;br&gt;MODE IoT クラウド (API v2.1) 上のデバイス群のためのデスクトップダッシュボード。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="+44"/>
        <source>An import is running</source>
        <translation>インポートの実行中</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stopping the import: waiting for the claims on their way…</source>
        <translation>インポートを停止中: 処理中の登録を待っています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An import is claiming devices into “%1”. Quit anyway? The claims on their way finish first; the next start offers to continue the import.</source>
        <translation>インポートが「%1」にデバイスを登録中です。それでも終了しますか? 処理中の登録が先に終わります。次回の起動時にインポートの続行を提案します。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Unfinished import into “%1”: %n row(s) to claim.</source>
        <translation>
            <numerusform>「%1」への未完了のインポート: 未登録 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Signed in </source>
        <translation>サインイン中 </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>(%n alert(s)) </source>
        <translation>
            <numerusform>(アラート %n 件) </numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No homes yet</source>
        <translation>まだホームがありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a home</source>
        <translation>ホームを選んでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create one with New on the left.</source>
        <translation>左の「新規」で作成してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n device(s), online state unknown (as last seen)</source>
        <translation>
            <numerusform>デバイス %n 台、オンライン状態は不明（最後に確認した時点の状態）</numerusform>
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
        <translation>フリート: 全デバイス</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Alerts (%1 new)</source>
        <translation>アラート (新規 %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindowactions.cpp" line="+61"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../views/shell/mainwindow.cpp" line="+20"/>
        <source>&amp;Keep importing</source>
        <translation>インポートを続ける(&amp;K)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Stop and quit</source>
        <translation>停止して終了(&amp;S)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; </source>
        <translation>サインイン中: &lt;b&gt;%1&lt;/b&gt; </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Not signed in </source>
        <translation>サインインしていません </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — ModeDesk</source>
        <translation>%1 — ModeDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No live updates: MODE offers none to BYOU projects</source>
        <translation>ライブ更新なし: MODE は BYOU プロジェクトには提供していません</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n device(s), %1 online</source>
        <translation>
            <numerusform>デバイス %n 台、オンライン %1 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n device(s), online state unknown (no live link)</source>
        <translation>
            <numerusform>デバイス %n 台、オンライン状態は不明（ライブ接続なし）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no time zone</source>
        <translation>タイムゾーンなし</translation>
    </message>
</context>
<context>
    <name>ModeDesk::MembersModel</name>
    <message>
        <location filename="../models/home/membersmodel.cpp" line="+23"/>
        <source>(invited)</source>
        <translation>(招待中)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invited, not verified</source>
        <translation>招待済み、未確認</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email / phone / id</source>
        <translation>メール / 電話 / ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member since</source>
        <translation>メンバーになった日</translation>
    </message>
</context>
<context>
    <name>ModeDesk::MembersPage</name>
    <message>
        <location filename="../views/home/memberspage.cpp" line="+19"/>
        <source>Filter members by name, address or role</source>
        <translation>名前、アドレス、役割でメンバーを絞り込む</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add member</source>
        <translation>メンバーを追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Email address of the person to add (invited if new)</source>
        <translation>追加する人のメールアドレス (未登録なら招待されます)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone number of the person to add, e.g. +15555550100</source>
        <translation>追加する人の電話番号 (例: +15555550100)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User id of the person to add</source>
        <translation>追加する人のユーザー ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type who to add first.</source>
        <translation>先に追加する人を入力してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A user id is a number.</source>
        <translation>ユーザー ID は数字です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adding %1…</source>
        <translation>%1 を追加しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invited %1: they become a full member when they sign up.</source>
        <translation>%1 を招待しました: 登録すると正式なメンバーになります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave this home? You will no longer see it.</source>
        <translation>このホームから退出しますか? 以後このホームは表示されなくなります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this home?</source>
        <translation>%1 をこのホームから削除しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>メンバーを削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
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
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModeDesk::NewHomeDialog</name>
    <message>
        <location filename="../views/home/newhomedialog.cpp" line="+24"/>
        <source>New home</source>
        <translation>新しいホーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new home</source>
        <translation>新しいホームの名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Field Office Berlin</source>
        <translation>例: ベルリン現地事務所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone of the new home</source>
        <translation>新しいホームのタイムゾーン</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1” is not a time zone; pick one from the list, e.g. Europe/Berlin.</source>
        <translation>「%1」はタイムゾーンではありません。一覧から選んでください（例: Europe/Berlin）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Creating “%1”…</source>
        <translation>「%1」を作成しています…</translation>
    </message>
</context>
<context>
    <name>ModeDesk::OutboxDialog</name>
    <message>
        <location filename="../views/account/outboxdialog.cpp" line="+23"/>
        <source>Sandbox outbox</source>
        <translation>サンドボックスの送信トレイ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code / token</source>
        <translation>コード / トークン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outbox messages</source>
        <translation>送信トレイのメッセージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a message to copy its code or token.</source>
        <translation>メッセージをダブルクリックするとコードまたはトークンをコピーします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy code or token</source>
        <translation>コードまたはトークンをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;admin key</source>
        <translation>管理キーをコピー(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox&apos;s admin key, for curl or another ModeDesk profile</source>
        <translation>curl や別の ModeDesk プロファイルで使うサンドボックスの管理キー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin key is on the clipboard.</source>
        <translation>管理キーをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SMS: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email: %1</source>
        <translation>メール: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing sent yet.</source>
        <translation>まだ何も送信されていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s). Double-click one to copy its code or token.</source>
        <translation>
            <numerusform>%n 件のメッセージ。ダブルクリックでコードまたはトークンをコピーします。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That message carries no code or token.</source>
        <translation>このメッセージにはコードもトークンもありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied the %1 for %2.</source>
        <translation>%2 の%1をコピーしました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>code</source>
        <translation>コード</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ProfileDialog</name>
    <message>
        <location filename="../views/account/profiledialog.cpp" line="+25"/>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile “%1”</source>
        <translation>プロファイル「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email and password</source>
        <translation>メールとパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone and SMS code</source>
        <translation>電話と SMS コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your own users (BYOU)</source>
        <translation>独自ユーザー (BYOU)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Red (production)</source>
        <translation>赤 (本番)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange (staging)</source>
        <translation>オレンジ (ステージング)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green (sandbox)</source>
        <translation>緑 (サンドボックス)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;URL:</source>
        <translation>API URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project id:</source>
        <translation>プロジェクト ID(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;App id:</source>
        <translation>アプリ ID(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp;mode:</source>
        <translation>アカウント方式(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour tag:</source>
        <translation>色タグ(&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox admin key</source>
        <translation>サンドボックスの管理キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local sandbox&apos;s own key is used</source>
        <translation>ローカルサンドボックス自身のキーを使います</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: for a MODE sandbox only</source>
        <translation>任意: MODE サンドボックスのみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty keeps the key in the keychain, if any</source>
        <translation>空のままならキーチェーンのキーを使います</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A MODE sandbox&apos;s admin key lets ModeDesk put devices in claim mode and make devices for rehearsals. It is kept in the system keychain. MODE&apos;s cloud has none.</source>
        <translation>MODE サンドボックスの管理キーがあると、ModeDesk はデバイスを登録モードにしたり、練習用のデバイスを作ったりできます。システムのキーチェーンに保存されます。MODE のクラウドにはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox a&amp;dmin key:</source>
        <translation>サンドボックスの管理キー(&amp;D):</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Needs a name, an http(s) URL and a project id.</source>
        <translation>名前、http(s) の URL、プロジェクト ID が必要です。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ProfileFiles</name>
    <message>
        <location filename="../models/session/profilefiles.cpp" line="+120"/>
        <location line="+16"/>
        <source>no profile is open</source>
        <translation>プロファイルが開かれていません</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ProvisioningPage</name>
    <message>
        <location filename="../views/provisioning/provisioningpage.cpp" line="+21"/>
        <source>One device by its &amp;code</source>
        <translation>コードで 1 台(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;demand (token)</source>
        <translation>オンデマンド (トークン)(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bulk from a CSV</source>
        <translation>CSV から一括(&amp;B)</translation>
    </message>
</context>
<context>
    <name>ModeDesk::ReplyRulesModel</name>
    <message>
        <location filename="../models/simulator/replyrulesmodel.cpp" line="+80"/>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply event</source>
        <translation>応答イベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply data (JSON)</source>
        <translation>応答データ (JSON)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a command with this action arrives…</source>
        <translation>このアクションのコマンドが届いたら…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…the device answers with an event of this type…</source>
        <translation>…デバイスはこのタイプのイベントで応答し…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…carrying this JSON object, with the command&apos;s parameters merged in.</source>
        <translation>…そのイベントはこの JSON オブジェクトにコマンドのパラメーターを合成したものを運びます。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rule %1 needs an action and a reply event type.</source>
        <translation>ルール %1 にはアクションと応答イベントタイプが必要です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule %1: the data must be a JSON object. %2</source>
        <translation>ルール %1: データは JSON オブジェクトである必要があります。%2</translation>
    </message>
</context>
<context>
    <name>ModeDesk::SandboxAdmin</name>
    <message>
        <location filename="../models/simulator/sandboxadmin.cpp" line="+60"/>
        <source>Checking the sandbox&apos;s admin key…</source>
        <translation>サンドボックスの管理キーを確認中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the sandbox admin key (or it is not a MODE sandbox). Check it with Sandbox → Admin key….</source>
        <translation>サーバーがサンドボックスの管理キーを拒否しました (または MODE サンドボックスではありません)。「サンドボックス → 管理キー…」で確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs a MODE sandbox&apos;s admin key (Sandbox → Admin key…). MODE&apos;s cloud has none: real devices go into claim mode with their setup button.</source>
        <translation>MODE サンドボックスの管理キーが必要です (サンドボックス → 管理キー…)。MODE のクラウドにはありません: 実機はセットアップボタンで登録モードにします。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::Session</name>
    <message>
        <location filename="../models/session/session.cpp" line="+55"/>
        <source>The server no longer takes this key for live updates (signed out, or the session ended). Sign in again.</source>
        <translation>サーバーはライブ更新にこのキーを受け付けなくなりました (サインアウトしたか、セッションが終了しました)。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>The server does not know this key.</source>
        <translation>サーバーはこのキーを知りません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a %1 key; the dashboard needs a user key.</source>
        <translation>これは %1 キーです。ダッシュボードにはユーザーキーが必要です。</translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n home(s) sent by the server could not be read and are left out.</source>
        <translation>
            <numerusform>サーバーから届いたホームのうち %n 件を読み取れなかったため、除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The homes could not be loaded. %1</source>
        <translation>ホームを読み込めませんでした。%1</translation>
    </message>
</context>
<context>
    <name>ModeDesk::SignInDialog</name>
    <message>
        <location filename="../views/account/signindialog.cpp" line="+24"/>
        <source>Sign in to %1</source>
        <translation>%1 にサインイン</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;span style=&apos;color:%1; font-size:16pt&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;middot; %3 &amp;middot; project %4 &amp;middot; %5</source>
        <translation>&lt;span style=&apos;color:%1; font-size:16pt&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; &amp;middot; %3 &amp;middot; プロジェクト %4 &amp;middot; %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign &amp;in</source>
        <translation>サインイン(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;user</source>
        <translation>ユーザーを作成(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;account</source>
        <translation>アカウントを作成(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify or reset</source>
        <translation>確認またはリセット(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a &amp;key</source>
        <translation>キーを貼り付け(&amp;K)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open sandbox &amp;outbox</source>
        <translation>サンドボックスの送信トレイを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail and SMS the local sandbox would have sent: codes and tokens.</source>
        <translation>ローカルサンドボックスが送信したはずのメールと SMS: コードとトークン。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>email accounts</source>
        <translation>メールアカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phone accounts</source>
        <translation>電話番号アカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bring-your-own-user accounts</source>
        <translation>独自ユーザー (BYOU) アカウント</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+44"/>
        <location line="+28"/>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+14"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+39"/>
        <source>&amp;Phone number:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Send me a code</source>
        <translation>コードを送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Code from the SMS:</source>
        <translation>SMS のコード(&amp;C):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bring-your-own-users project: sign in for one of your users with a project key that has the BYOU permission.</source>
        <translation>独自ユーザー (BYOU) プロジェクト: BYOU 権限のあるプロジェクトキーで、自分のユーザーの一人としてサインインします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project &amp;key:</source>
        <translation>プロジェクトキー(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User id:</source>
        <translation>ユーザー ID(&amp;U):</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Password (8+ characters):</source>
        <translation>パスワード (8 文字以上)(&amp;P):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project &amp;key (BYOU):</source>
        <translation>プロジェクトキー (BYOU)(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mails carry a token: paste it here to verify the address or to set a new password.</source>
        <translation>メールにはトークンが入っています: ここに貼り付けると、アドレスの確認や新しいパスワードの設定ができます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resend verification mail</source>
        <translation>確認メールを再送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send password reset mail</source>
        <translation>パスワードリセットのメールを送信</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Token from the mail:</source>
        <translation>メールのトークン(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pass&amp;word (reset only):</source>
        <translation>新しいパスワード (リセット時のみ)(&amp;W):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify address</source>
        <translation>アドレスを確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set new password</source>
        <translation>新しいパスワードを設定</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Already have a user API key (from another tool, or MODE&apos;s console)? Paste it; it is checked before use and kept in the system keychain.</source>
        <translation>ユーザー API キーをすでにお持ちですか (別のツールや MODE コンソールで作成したもの)? 貼り付けてください。使う前に確認し、システムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User &amp;API key:</source>
        <translation>ユーザー API キー(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this key</source>
        <translation>このキーを使う</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type your email and password.</source>
        <translation>メールアドレスとパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+17"/>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+16"/>
        <location line="+17"/>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Type your phone number and the code from the SMS (Send me a code).</source>
        <translation>電話番号と SMS のコードを入力してください (「コードを送信」)。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type a project key and a numeric user id.</source>
        <translation>プロジェクトキーと数字のユーザー ID を入力してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your phone number first.</source>
        <translation>先に電話番号を入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending a code…</source>
        <translation>コードを送信しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code sent: find it in the sandbox outbox.</source>
        <translation>コードを送信しました: サンドボックスの送信トレイにあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code sent by SMS. It lasts 10 minutes.</source>
        <translation>SMS でコードを送信しました。有効期間は 10 分です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Creating the account…</source>
        <translation>アカウントを作成しています…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Account created. Verify the address with the token from the mail (Verify or reset), then sign in.</source>
        <translation>アカウントを作成しました。メールのトークンでアドレスを確認してから (「確認またはリセット」)、サインインしてください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Account created and a code sent: sign in with it.</source>
        <translation>アカウントを作成し、コードを送信しました: そのコードでサインインしてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creating the user…</source>
        <translation>ユーザーを作成しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User created.</source>
        <translation>ユーザーを作成しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User %1 created: sign in for them.</source>
        <translation>ユーザー %1 を作成しました: そのユーザーとしてサインインしてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verifying…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address verified: you can sign in now.</source>
        <translation>アドレスを確認しました: サインインできます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Verification mail sent.</source>
        <translation>確認メールを送信しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset mail sent: paste its token below.</source>
        <translation>リセットのメールを送信しました: そのトークンを下に貼り付けてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Setting the password…</source>
        <translation>パスワードを設定しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed. Every earlier session has ended: sign in again.</source>
        <translation>パスワードを変更しました。以前のセッションはすべて終了しました: もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste a key first.</source>
        <translation>先にキーを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the key…</source>
        <translation>キーを確認しています…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server does not know this key.</source>
        <translation>サーバーはこのキーを知りません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a %1 key; the dashboard needs a user key.</source>
        <translation>これは %1 キーです。ダッシュボードにはユーザーキーが必要です。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::SimulatorFleet</name>
    <message>
        <location filename="../models/simulator/simulatorfleet.cpp" line="+43"/>
        <source>Simulated %1</source>
        <translation>シミュレート %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server refused %1&apos;s key (%2): check the id and the key.</source>
        <translation>サーバーが %1 のキーを拒否しました（%2）。ID とキーを確認してください。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (id %2)</source>
        <translation>%1（ID %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command socket: %1</source>
        <translation>コマンドソケット: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>closed</source>
        <translation>切断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>ModeDesk::SimulatorPage</name>
    <message>
        <location filename="../views/simulator/simulatorpage.cpp" line="+45"/>
        <source>&amp;Make</source>
        <translation>作成(&amp;M)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+350"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>&lt;b&gt;Simulated devices&lt;/b&gt;</source>
        <translation>&lt;b&gt;シミュレートしたデバイス&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulated devices</source>
        <translation>シミュレートしたデバイス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New sandbox device</source>
        <translation>新しいサンドボックスデバイス</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Device class</source>
        <translation>デバイスクラス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A device you have the key of</source>
        <translation>キーを持っているデバイス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device id</source>
        <translation>デバイス ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device key</source>
        <translation>デバイスキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play it</source>
        <translation>演じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device id:</source>
        <translation>デバイス ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device key:</source>
        <translation>デバイスキー:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A provisioning token</source>
        <translation>プロビジョニングトークン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token from a home&apos;s device provisioning</source>
        <translation>ホームのデバイスプロビジョニングで得たトークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning token</source>
        <translation>プロビジョニングトークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redeem</source>
        <translation>使用する</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Commands received</source>
        <translation>受信したコマンド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send an event</source>
        <translation>イベントを送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>イベントタイプ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send event</source>
        <translation>イベントを送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>タイプ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data (JSON object):</source>
        <translation>データ (JSON オブジェクト):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generator</source>
        <translation>ジェネレーター</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sine (one minute period)</source>
        <translation>正弦波 (周期 1 分)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random walk</source>
        <translation>ランダムウォーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter</source>
        <translation>カウンター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant</source>
        <translation>一定値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> events/s</source>
        <translation> 件/秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generated event type</source>
        <translation>生成するイベントタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated field</source>
        <translation>生成するフィールド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowest value</source>
        <translation>最小値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest value</source>
        <translation>最大値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type / field:</source>
        <translation>イベントタイプ / フィールド:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pattern:</source>
        <translation>パターン:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate:</source>
        <translation>頻度:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values:</source>
        <translation>値:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Reply rules</source>
        <translation>応答ルール</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edits apply at once.</source>
        <translation>編集はすぐに反映されます。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add rule</source>
        <translation>ルールを追加</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Only on a MODE sandbox (with its admin key): it provisions a device (with a claim code) and plays it.</source>
        <translation>MODE サンドボックス (管理キーあり) でのみ: デバイス (登録コード付き) を作成して動かします。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Remove rule</source>
        <translation>ルールを削除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim mode duration</source>
        <translation>登録モードの時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in claim mode</source>
        <translation>登録モードにする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim mode for</source>
        <translation>登録モードの時間</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>A device id (a number) and its key are needed.</source>
        <translation>デバイス ID (数字) とそのキーが必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device %1</source>
        <translation>デバイス %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Opening the claim window…</source>
        <translation>登録受付を開始しています…</translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>%n simulated device(s) stopped: they played on the server of the profile before. Add them here again to go on.</source>
        <translation>
            <numerusform>シミュレーション中の %n 台のデバイスを停止しました: 前のプロファイルのサーバーで動いていました。続けるにはここで再び追加してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Claimable until %1.</source>
        <translation>%1 まで登録できます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sandbox has no device classes yet.</source>
        <translation>サンドボックスにはまだデバイスクラスがありません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Playing %1.</source>
        <translation>%1 を演じています。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Provisioning a %1…</source>
        <translation>%1 をプロビジョニングしています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made %1 (id %2, claim code %3): put it in claim mode, then claim it into a home.</source>
        <translation>%1 を作成しました (ID %2、登録コード %3): 登録モードにしてから、ホームに登録してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Paste a provisioning token first.</source>
        <translation>先にプロビジョニングトークンを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redeeming the token…</source>
        <translation>トークンを使用しています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Joined home %1 as device %2.</source>
        <translation>デバイス %2 としてホーム %1 に参加しました。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add a device on the left to play it.</source>
        <translation>左でデバイスを追加すると、それを演じられます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · command socket: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · コマンドソケット: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The payload must be a JSON object.</source>
        <translation>ペイロードは JSON オブジェクトにしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent “%1”.</source>
        <translation>「%1」を送信しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Generator stopped after %n event(s).</source>
        <translation>
            <numerusform>%n 件のイベントの後、ジェネレーターを停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending %1 at %2 events/s.</source>
        <translation>%1 を毎秒 %2 件で送信しています。</translation>
    </message>
</context>
<context>
    <name>ModeDesk::SmartModulesModel</name>
    <message>
        <location filename="../models/home/smartmodulesmodel.cpp" line="+27"/>
        <source>Suspended</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>ModeDesk::StatusLine</name>
    <message>
        <location filename="../views/common/statusline.cpp" line="+40"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>ModeDesk::TablePage</name>
    <message>
        <location filename="../views/common/tablepage.cpp" line="+37"/>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
</context>
<context>
    <name>ModeDesk::TokenPanel</name>
    <message>
        <location filename="../views/provisioning/tokenpanel.cpp" line="+32"/>
        <source>&amp;Get a token</source>
        <translation>トークンを取得(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rehearse: play the device</source>
        <translation>練習: デバイスを演じる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provision a device on demand</source>
        <translation>オンデマンドでデバイスをプロビジョニング</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device class</source>
        <translation>デバイスクラス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisioning token</source>
        <translation>プロビジョニングトークン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PNG…</source>
        <translation>PNG を保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Into:</source>
        <translation>登録先:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device class:</source>
        <translation>デバイスクラス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token as a QR code</source>
        <translation>QR コードのトークン</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Token copied.</source>
        <translation>トークンをコピーしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the QR code</source>
        <translation>QR コードを保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The token was for another home and is no longer shown. Get one for this home.</source>
        <translation>トークンは別のホームのものだったため、表示をやめました。このホーム用に取得してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(pick a home on the left)</source>
        <translation>(左でホームを選んでください)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pick a home on the left first.</source>
        <translation>先に左でホームを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking for a token…</source>
        <translation>トークンを請求しています…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Get a token first; the simulated device then redeems it.</source>
        <translation>先にトークンを取得してください。シミュレートしたデバイスがそれを使います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A simulated device is redeeming the token…</source>
        <translation>シミュレートされたデバイスがトークンを使用しています…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Waiting for the device to join: give it the token (QR code or text).</source>
        <translation>デバイスの参加を待っています: トークン (QR コードまたはテキスト) をデバイスに渡してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Used.</source>
        <translation>使用済み。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device %1 (%2) joined the home.</source>
        <translation>デバイス %1 (%2) がホームに参加しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired. Get a new token.</source>
        <translation>期限切れです。新しいトークンを取得してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token expired before a device used it.</source>
        <translation>デバイスが使う前にトークンの期限が切れました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Valid for %1:%2</source>
        <translation>残り %1:%2</translation>
    </message>
</context>
<context>
    <name>ModelFormat</name>
    <message>
        <location filename="../models/common/modelformat.cpp" line="-144"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As last seen on %1; not confirmed by the server yet.</source>
        <translation>%1 時点の状態です。まだサーバーで確認されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list is as last seen on %1.</source>
        <translation>このリストは %1 時点の状態です。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/profilestore.cpp" line="+101"/>
        <source>MODE cloud</source>
        <translation>MODE クラウド</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Local sandbox</source>
        <translation>ローカルサンドボックス</translation>
    </message>
</context>
<context>
    <name>TargetChoice</name>
    <message>
        <location filename="../models/commands/commandtargets.cpp" line="+37"/>
        <source>Pick at least one target device (or Select all shown).</source>
        <translation>送信先デバイスを 1 台以上選んでください (または「表示中をすべて選択」)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the picked devices is known to be online now (the live link is down, or their home is not read yet). Untick “Only the ones online now” to send anyway.</source>
        <translation>選んだデバイスのうち、現在オンラインと分かっているものはありません（ライブ接続が切れているか、そのホームをまだ読み込んでいません）。それでも送るには「現在オンラインのものだけ」のチェックを外してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the picked devices is online now. Untick “Only the ones online now” to send anyway.</source>
        <translation>選んだデバイスは現在どれもオンラインではありません。それでも送るには「現在オンラインのものだけ」のチェックを外してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the picked devices is there any more (removed, or its home is gone): pick them again.</source>
        <translation>選んだデバイスはどれももうありません (削除されたか、ホームがなくなりました)。もう一度選んでください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+40"/>
        <source>Desktop dashboard for fleets on the MODE IoT cloud (API v2.1). With no profile yet, it starts a local MODE sandbox with demo data and signs in to it.</source>
        <translation>MODE IoT クラウド (API v2.1) のデバイス群のためのデスクトップダッシュボード。プロファイルがまだなければ、デモデータ入りのローカル MODE サンドボックスを起動してサインインします。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the connection profile with this id.</source>
        <translation>この ID の接続プロファイルを開きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once signed in and loaded, save the window as a PNG and quit.</source>
        <translation>サインインして読み込んだら、ウィンドウを PNG に保存して終了します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --screenshot: the page to show (%1).</source>
        <translation>--screenshot と共に: 表示するページ (%1)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>ウィンドウのサイズ (例: 1920x1080)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --screenshot: milliseconds to wait once loaded (default 6000).</source>
        <translation>--screenshot と共に: 読み込み後に待つミリ秒数 (既定 6000)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User interface language, e.g. de or ja (default: the system&apos;s; remembered for later starts).</source>
        <translation>画面の言語 (例: de、ja)。既定はシステムの言語で、次回以降も記憶されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Light or dark: system, light or dark (default: system; remembered for later starts).</source>
        <translation>ライトかダーク: system、light、dark のいずれか (既定は system。次回以降も記憶されます)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An event recording (.jsonl) to replay on the Events page once signed in.</source>
        <translation>サインイン後に「イベント」ページで再生するイベント記録 (.jsonl)。</translation>
    </message>
</context>
</TS>
