<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ecs::ActionPlan</name>
    <message numerus="yes">
        <source>Add %n tag(s) to %1</source>
        <translation>
            <numerusform>Add %n tag to %1</numerusform>
            <numerusform>Add %n tags to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s) from %1</source>
        <translation>
            <numerusform>Remove %n tag from %1</numerusform>
            <numerusform>Remove %n tags from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::CalendarAlerts</name>
    <message numerus="yes">
        <source>%1 in %2 expires in %n day(s), on %3.</source>
        <translation>
            <numerusform>%1 in %2 expires in %n day, on %3.</numerusform>
            <numerusform>%1 in %2 expires in %n days, on %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::Quotes</name>
    <message numerus="yes">
        <source>Not shown for more than %n kinds of instance.</source>
        <translation>
            <numerusform>Not shown for more than %n kind of instance.</numerusform>
            <numerusform>Not shown for more than %n kinds of instance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::RenewalQuote</name>
    <message numerus="yes">
        <source>The price of %n instance(s) is not known</source>
        <translation>
            <numerusform>The price of %n instance is not known</numerusform>
            <numerusform>The price of %n instances is not known</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::RequestLog</name>
    <message numerus="yes">
        <source>  %n attempt(s), %1 ms, HTTP %2, RequestId %3
</source>
        <translation>
            <numerusform>  %n attempt, %1 ms, HTTP %2, RequestId %3
</numerusform>
            <numerusform>  %n attempts, %1 ms, HTTP %2, RequestId %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later request(s) not recorded
</source>
        <translation>
            <numerusform>%n later request not recorded
</numerusform>
            <numerusform>%n later requests not recorded
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::RunCommandOperation</name>
    <message numerus="yes">
        <source>Run command on %n instance(s)</source>
        <translation>
            <numerusform>Run command on %n instance</numerusform>
            <numerusform>Run command on %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped; %n of %1 instance(s) had finished</source>
        <translation>
            <numerusform>Stopped; %n of %1 instances had finished</numerusform>
            <numerusform>Stopped; %n of %1 instances had finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Succeeded on %n instance(s)</source>
        <translation>
            <numerusform>Succeeded on %n instance</numerusform>
            <numerusform>Succeeded on %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed on %n of %1 instance(s)</source>
        <translation>
            <numerusform>Failed on %n of %1 instances</numerusform>
            <numerusform>Failed on %n of %1 instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped without a running Cloud Assistant Agent</source>
        <translation>
            <numerusform>%n skipped without a running Cloud Assistant Agent</numerusform>
            <numerusform>%n skipped without a running Cloud Assistant Agent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the command to %n instance(s)…</source>
        <translation>
            <numerusform>Sending the command to %n instance…</numerusform>
            <numerusform>Sending the command to %n instances…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the command to %n instance(s); skipped without an agent: %1</source>
        <translation>
            <numerusform>Sending the command to %n instance; skipped without an agent: %1</numerusform>
            <numerusform>Sending the command to %n instances; skipped without an agent: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::AdvisorModel</name>
    <message numerus="yes">
        <source>Your fleet: %n reclaimed while watched</source>
        <translation>
            <numerusform>Your fleet: %n reclaimed while watched</numerusform>
            <numerusform>Your fleet: %n reclaimed while watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n being reclaimed now</source>
        <translation>
            <numerusform>, %n being reclaimed now</numerusform>
            <numerusform>, %n being reclaimed now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::AdvisorPane</name>
    <message numerus="yes">
        <source>%n instance type(s)</source>
        <translation>
            <numerusform>%n instance type</numerusform>
            <numerusform>%n instance types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::AllocatePublicIpDialog</name>
    <message numerus="yes">
        <source>Allocated %n address(es).</source>
        <translation>
            <numerusform>Allocated %n address.</numerusform>
            <numerusform>Allocated %n addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::AutoRenewOnDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-renew is not on for %n subscription(s):</source>
        <translation>
            <numerusform>Auto-renew is not on for %n subscription:</numerusform>
            <numerusform>Auto-renew is not on for %n subscriptions:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::CalendarPane</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::CreateInstanceWizard</name>
    <message numerus="yes">
        <source>, %n month(s)</source>
        <translation>
            <numerusform>, %n month</numerusform>
            <numerusform>, %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> + %n data disk(s)</source>
        <translation>
            <numerusform> + %n data disk</numerusform>
            <numerusform> + %n data disks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::EventWeek</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ImagePage</name>
    <message numerus="yes">
        <source>%n image(s).</source>
        <translation>
            <numerusform>%n image.</numerusform>
            <numerusform>%n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ImagesPane</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 of %n image</numerusform>
            <numerusform>%1 of %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::InstanceActionDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s):</source>
        <translation>
            <numerusform>%n instance:</numerusform>
            <numerusform>%n instances:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n command line(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n command line to the clipboard.</numerusform>
            <numerusform>Copied %n command lines to the clipboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::InstanceDetailsPanel</name>
    <message numerus="yes">
        <source>%n instance(s) selected: %1</source>
        <translation>
            <numerusform>%n instance selected: %1</numerusform>
            <numerusform>%n instances selected: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::InstancesPane</name>
    <message numerus="yes">
        <source>Could not load the instances of %1 (trying again in %n s)</source>
        <translation>
            <numerusform>Could not load the instances of %1 (trying again in %n s)</numerusform>
            <numerusform>Could not load the instances of %1 (trying again in %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not load the instances of %n region(s)</source>
        <translation>
            <numerusform>Could not load the instances of %n region</numerusform>
            <numerusform>Could not load the instances of %n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each failed region is tried again by itself (next within %n s); greyed rows are from its last successful load.</source>
        <translation>
            <numerusform>Each failed region is tried again by itself (next within %n s); greyed rows are from its last successful load.</numerusform>
            <numerusform>Each failed region is tried again by itself (next within %n s); greyed rows are from its last successful load.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n instance(s)</source>
        <translation>
            <numerusform>%1 of %n instance</numerusform>
            <numerusform>%1 of %n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::NetworkPage</name>
    <message numerus="yes">
        <source>%1 · %2 · %3 (%n free IP(s))</source>
        <translation>
            <numerusform>%1 · %2 · %3 (%n free IP)</numerusform>
            <numerusform>%1 · %2 · %3 (%n free IPs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::OperationDetailsDialog</name>
    <message numerus="yes">
        <source>%n later request(s) not recorded</source>
        <translation>
            <numerusform>%n later request not recorded</numerusform>
            <numerusform>%n later requests not recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in %1 ms · HTTP %2 · RequestId %3
</source>
        <translation>
            <numerusform>%n attempt in %1 ms · HTTP %2 · RequestId %3
</numerusform>
            <numerusform>%n attempts in %1 ms · HTTP %2 · RequestId %3
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::OperationNotices</name>
    <message numerus="yes">
        <source>in %1 after %n second(s)</source>
        <translation>
            <numerusform>in %1 after %n second</numerusform>
            <numerusform>in %1 after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ProfileManagerDialog</name>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ProtectedConfirmDialog</name>
    <message numerus="yes">
        <source>“%1” changes resources of %n protected profile(s). Type each profile&apos;s name to go on.</source>
        <translation>
            <numerusform>“%1” changes resources of %n protected profile. Type each profile&apos;s name to go on.</numerusform>
            <numerusform>“%1” changes resources of %n protected profiles. Type each profile&apos;s name to go on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::RegionsPane</name>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ReleaseDialog</name>
    <message numerus="yes">
        <source>%n running instance(s) will be stopped forcibly first.</source>
        <translation>
            <numerusform>%n running instance will be stopped forcibly first.</numerusform>
            <numerusform>%n running instances will be stopped forcibly first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::RenewDialog</name>
    <message numerus="yes">
        <source>Not shown for more than %n kinds of instance.</source>
        <translation>
            <numerusform>Not shown for more than %n kind of instance.</numerusform>
            <numerusform>Not shown for more than %n kinds of instance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n month(s) (list price %2)</source>
        <translation>
            <numerusform>%1 for %n month (list price %2)</numerusform>
            <numerusform>%1 for %n months (list price %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n month(s)</source>
        <translation>
            <numerusform>%1 for %n month</numerusform>
            <numerusform>%1 for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::RenewDueDialog</name>
    <message numerus="yes">
        <source>No subscription expires within %n day(s).</source>
        <translation>
            <numerusform>No subscription expires within %n day.</numerusform>
            <numerusform>No subscription expires within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total for %n instance(s): %1</source>
        <translation>
            <numerusform>Total for %n instance: %1</numerusform>
            <numerusform>Total for %n instances: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ResourcePane</name>
    <message numerus="yes">
        <source>Trying again by itself in %n second(s).</source>
        <translation>
            <numerusform>Trying again by itself in %n second.</numerusform>
            <numerusform>Trying again by itself in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ResourcesPane</name>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ReviewPage</name>
    <message numerus="yes">
        <source>for %n month(s)</source>
        <translation>
            <numerusform>for %n month</numerusform>
            <numerusform>for %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Market price now: %1 per hour per instance (%2 per hour for %n instance(s)).</source>
        <translation>
            <numerusform>Market price now: %1 per hour per instance (%2 per hour for %n instance).</numerusform>
            <numerusform>Market price now: %1 per hour per instance (%2 per hour for %n instances).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::SpotPricePane</name>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price change(s)</source>
        <translation>
            <numerusform>%n price change</numerusform>
            <numerusform>%n price changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n price change(s) to %1.</source>
        <translation>
            <numerusform>Saved %n price change to %1.</numerusform>
            <numerusform>Saved %n price changes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::TypePage</name>
    <message numerus="yes">
        <source>%n type(s) in stock in %1.</source>
        <translation>
            <numerusform>%n type in stock in %1.</numerusform>
            <numerusform>%n types in stock in %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
