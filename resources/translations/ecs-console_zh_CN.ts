<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ecs</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ecs::ActionPlan</name>
    <message>
        <source>%1 instances</source>
        <translation>%1 台实例</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>停止 %1</translation>
    </message>
    <message>
        <source>Reboot %1</source>
        <translation>重启 %1</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>释放 %1</translation>
    </message>
    <message>
        <source>Change %1 to %2</source>
        <translation>将 %1 变更为 %2</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Changing the type</source>
        <translation>变配中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Renew %1</source>
        <translation>续费 %1</translation>
    </message>
    <message>
        <source>Set auto-renew of %1</source>
        <translation>设置 %1 的自动续费</translation>
    </message>
    <message>
        <source>Set the release time of %1</source>
        <translation>设置 %1 的释放时间</translation>
    </message>
    <message>
        <source>Cancel the automatic release of %1</source>
        <translation>取消 %1 的自动释放</translation>
    </message>
    <message>
        <source>Allocate a public IP to %1</source>
        <translation>为 %1 分配公网 IP</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
</context>
<context>
    <name>ecs::ApiCall</name>
    <message>
        <source>No credentials: the profile has no AccessKey ID or secret.</source>
        <translation>没有凭证：该账号配置没有 AccessKey ID 或 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http(s) URL.</source>
        <translation>接入点“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 was refused: credentials and signatures must travel over HTTPS. Use https:// for this endpoint.</source>
        <translation>已拒绝通过明文 HTTP 访问 %1：凭证和签名必须经 HTTPS 传输。请为该接入点使用 https://。</translation>
    </message>
</context>
<context>
    <name>ecs::ApiError</name>
    <message>
        <source>No error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>Service error</source>
        <translation>服务错误</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>Unreadable response</source>
        <translation>无法读取的响应</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cannot send request</source>
        <translation>无法发送请求</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
</context>
<context>
    <name>ecs::CliConfig</name>
    <message>
        <source>The aliyun CLI config is not valid JSON (%1).</source>
        <translation>aliyun CLI 配置不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>mode %1 is not supported yet</source>
        <translation>尚不支持模式 %1</translation>
    </message>
    <message>
        <source>it has no AccessKey pair</source>
        <translation>它没有 AccessKey 密钥对</translation>
    </message>
</context>
<context>
    <name>ecs::ErrorHint</name>
    <message>
        <source>The zone has no stock of this instance type now: try another zone or another type.</source>
        <translation>该可用区当前没有此实例规格的库存：请尝试其他可用区或其他规格。</translation>
    </message>
    <message>
        <source>The instance changed state meanwhile: refresh, and try again once it is stable.</source>
        <translation>实例状态已在此期间变化：请刷新，待其稳定后重试。</translation>
    </message>
    <message>
        <source>The price limit is below what the market asks now: raise it, or let the market price apply.</source>
        <translation>价格上限低于当前市场价格：请提高上限，或按市场价格出价。</translation>
    </message>
    <message>
        <source>The instance no longer exists; it may have been released.</source>
        <translation>该实例已不存在，可能已被释放。</translation>
    </message>
    <message>
        <source>The service is limiting the request rate: wait a moment and retry.</source>
        <translation>服务正在限制请求频率：请稍候重试。</translation>
    </message>
    <message>
        <source>This AccessKey may not do this: check its RAM policy.</source>
        <translation>此 AccessKey 无权执行该操作：请检查其 RAM 权限策略。</translation>
    </message>
    <message>
        <source>An earlier request with the same client token had other parameters; start a new submission.</source>
        <translation>先前使用相同 ClientToken 的请求参数不同；请重新提交。</translation>
    </message>
    <message>
        <source>The instance&apos;s billing method does not allow this.</source>
        <translation>该实例的付费类型不允许此操作。</translation>
    </message>
    <message>
        <source>Another operation on this resource is running: retry shortly.</source>
        <translation>该资源上正有其他操作在进行：请稍后重试。</translation>
    </message>
    <message>
        <source>Nothing was sent: the endpoint could not be reached, so nothing changed. Check the connection and retry.</source>
        <translation>未发送任何内容：无法连接接入点，因此没有任何更改。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The outcome is unknown: the request was sent but no answer came. Refresh to see whether it went through.</source>
        <translation>结果未知：请求已发送但未收到应答。请刷新以查看是否已生效。</translation>
    </message>
</context>
<context>
    <name>ecs::InstanceRecord</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Locked because</source>
        <translation>锁定原因</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置信息</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>私网 IP</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>专有网络 VPC</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Outbound bandwidth</source>
        <translation>出网带宽</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>Internet billing</source>
        <translation>公网计费</translation>
    </message>
    <message>
        <source>By traffic</source>
        <translation>按使用流量</translation>
    </message>
    <message>
        <source>By bandwidth</source>
        <translation>按固定带宽</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Billing method</source>
        <translation>付费类型</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>包年包月</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation>抢占式实例</translation>
    </message>
    <message>
        <source>Yes, up to %1 per hour</source>
        <translation>是，每小时最高 %1</translation>
    </message>
    <message>
        <source>Yes, at the market price</source>
        <translation>是，按市场价格</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Auto-release</source>
        <translation>自动释放</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
</context>
<context>
    <name>ecs::InstanceWaiter</name>
    <message>
        <source>Stopped waiting.</source>
        <translation>已停止等待。</translation>
    </message>
    <message>
        <source>%1 of %2 instances reached %3 in %4 s; stopped waiting.</source>
        <translation>%2 台实例中有 %1 台在 %4 秒内变为“%3”；已停止等待。</translation>
    </message>
</context>
<context>
    <name>ecs::JsonReader</name>
    <message>
        <source>The response does not have the expected shape: %1.</source>
        <translation>响应的结构与预期不符：%1。</translation>
    </message>
</context>
<context>
    <name>ecs::LifecycleRules</name>
    <message>
        <source>locked (%1)</source>
        <translation>已锁定（%1）</translation>
    </message>
    <message>
        <source>is %1; this needs %2</source>
        <translation>状态为“%1”，此操作需要“%2”</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Change instance type</source>
        <translation>变更实例规格</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Auto-release time</source>
        <translation>自动释放时间</translation>
    </message>
    <message>
        <source>Allocate public IP</source>
        <translation>分配公网 IP</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>此账号配置为只读。</translation>
    </message>
    <message>
        <source>Select one or more instances.</source>
        <translation>请选择一台或多台实例。</translation>
    </message>
    <message>
        <source>is a subscription that has not expired</source>
        <translation>是尚未到期的包年包月实例</translation>
    </message>
    <message>
        <source>Change the type of one instance at a time.</source>
        <translation>请一次只变更一台实例的规格。</translation>
    </message>
    <message>
        <source>is preemptible; its type cannot change</source>
        <translation>是抢占式实例，不能变更规格</translation>
    </message>
    <message>
        <source>is pay-as-you-go; only subscription instances are renewed</source>
        <translation>是按量付费实例；只有包年包月实例可以续费</translation>
    </message>
    <message>
        <source>is a subscription; it is released when it expires</source>
        <translation>是包年包月实例，到期时释放</translation>
    </message>
    <message>
        <source>has a public IP already</source>
        <translation>已有公网 IP</translation>
    </message>
</context>
<context>
    <name>ecs::Operation</name>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <translation>%1（重试）</translation>
    </message>
    <message>
        <source>The profile was closed.</source>
        <translation>账号配置已关闭。</translation>
    </message>
    <message>
        <source>waiting for the release</source>
        <translation>正在等待释放</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>正在等待%1</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>%1 秒内完成</translation>
    </message>
    <message>
        <source>Cancelled; the service finishes what it had accepted</source>
        <translation>已取消；服务会完成已受理的部分</translation>
    </message>
    <message>
        <source>Stopped waiting</source>
        <translation>已停止等待</translation>
    </message>
</context>
<context>
    <name>ecs::Profile</name>
    <message>
        <source>A profile name is 1–64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>账号配置名称为 1–64 个字母、数字、“.”、“_”或“-”，以字母或数字开头。</translation>
    </message>
    <message>
        <source>The AccessKey ID is missing.</source>
        <translation>缺少 AccessKey ID。</translation>
    </message>
    <message>
        <source>The endpoint must be a URL such as https://ecs.cn-hangzhou.aliyuncs.com.</source>
        <translation>接入点必须是 URL，例如 https://ecs.cn-hangzhou.aliyuncs.com。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>CA 证书文件 %1 不存在。</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>无法从 %1 读取 PEM 证书。</translation>
    </message>
    <message>
        <source>The Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET to be set.</source>
        <translation>Environment 账号配置需要设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的账号配置。</translation>
    </message>
</context>
<context>
    <name>ecs::Quotes</name>
    <message numerus="yes">
        <source>Not shown for more than %n kinds of instance.</source>
        <translation>
            <numerusform>超过 %n 种实例时不显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ResponseMapper</name>
    <message>
        <source>The endpoint answered HTTP %1 without an error code.</source>
        <translation>接入点返回了 HTTP %1，但没有错误码。</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 with the error %2 and no message.</source>
        <translation>接入点返回了 HTTP %1 和错误 %2，但没有错误信息。</translation>
    </message>
    <message>
        <source>The endpoint answered in XML, not the JSON that was asked for.</source>
        <translation>接入点返回的是 XML，而不是所请求的 JSON。</translation>
    </message>
    <message>
        <source>The endpoint answered with an empty body.</source>
        <translation>接入点返回了空的响应体。</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1 with an empty body.</source>
        <translation>接入点返回了 HTTP %1 和空的响应体。</translation>
    </message>
    <message>
        <source>The endpoint answered with a web page (HTTP %1) instead of an API response; a proxy, gateway or wrong endpoint may be in the way.</source>
        <translation>接入点返回的是网页（HTTP %1）而不是 API 响应；可能是代理、网关拦截，或接入点有误。</translation>
    </message>
    <message>
        <source>The response ended early (%1 bytes): it was cut off in transit.</source>
        <translation>响应提前结束（%1 字节）：在传输中被截断。</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The response is JSON but not an object.</source>
        <translation>响应是 JSON，但不是对象。</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1.</source>
        <translation>意外的 HTTP 状态 %1。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The request took too long and was abandoned.</source>
        <translation>请求耗时过长，已放弃。</translation>
    </message>
    <message>
        <source>The response was larger than %1 MiB and was refused.</source>
        <translation>响应大于 %1 MiB，已拒绝。</translation>
    </message>
    <message>
        <source>The response from %1 could not be decoded.</source>
        <translation>无法解码来自 %1 的响应。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. If this endpoint uses a private or proxy certificate, add its CA certificate to the profile.</source>
        <translation>无法验证与 %1 的安全连接，因此未发送任何内容。如果该接入点使用私有证书或代理证书，请将其 CA 证书添加到账号配置中。</translation>
    </message>
    <message>
        <source>%1 stopped answering (no data within the timeout).</source>
        <translation>%1 停止了应答（超时时间内无数据）。</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing is listening there.</source>
        <translation>%1 拒绝了连接：该地址上没有服务在监听。</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>找不到主机 %1。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole response arrived.</source>
        <translation>%1 在完整响应到达前关闭了连接。</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering.</source>
        <translation>%1 未应答即关闭了连接。</translation>
    </message>
    <message>
        <source>The request to %1 failed.</source>
        <translation>发往 %1 的请求失败。</translation>
    </message>
</context>
<context>
    <name>ecs::RunInstancesSpec</name>
    <message>
        <source>Choose a region.</source>
        <translation>请选择地域。</translation>
    </message>
    <message>
        <source>Choose a zone.</source>
        <translation>请选择可用区。</translation>
    </message>
    <message>
        <source>Choose an instance type.</source>
        <translation>请选择实例规格。</translation>
    </message>
    <message>
        <source>Choose an image.</source>
        <translation>请选择镜像。</translation>
    </message>
    <message>
        <source>Choose a vSwitch.</source>
        <translation>请选择交换机。</translation>
    </message>
    <message>
        <source>Choose a security group.</source>
        <translation>请选择安全组。</translation>
    </message>
    <message>
        <source>Choose how the instances are paid for.</source>
        <translation>请选择实例的付费类型。</translation>
    </message>
    <message>
        <source>Choose weeks, months or years.</source>
        <translation>请选择周、月或年。</translation>
    </message>
    <message>
        <source>A subscription lasts %1 %2.</source>
        <translation>包年包月时长为 %1 %2。</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Preemptible instances are pay-as-you-go only.</source>
        <translation>抢占式实例只能按量付费。</translation>
    </message>
    <message>
        <source>Choose how preemptible instances are priced.</source>
        <translation>请选择抢占式实例的出价方式。</translation>
    </message>
    <message>
        <source>The price limit must be more than zero.</source>
        <translation>价格上限必须大于零。</translation>
    </message>
    <message>
        <source>The price limit has at most three decimals.</source>
        <translation>价格上限最多保留三位小数。</translation>
    </message>
    <message>
        <source>Choose the system disk&apos;s category.</source>
        <translation>请选择系统盘类型。</translation>
    </message>
    <message>
        <source>The system disk holds %1 to %2 GiB here%3.</source>
        <translation>此处系统盘容量为 %1 至 %2 GiB%3。</translation>
    </message>
    <message>
        <source> (the image needs %1 GiB)</source>
        <translation>（镜像需要 %1 GiB）</translation>
    </message>
    <message>
        <source>At most %1 data disks.</source>
        <translation>最多 %1 块数据盘。</translation>
    </message>
    <message>
        <source>Choose the category of data disk %1.</source>
        <translation>请选择数据盘 %1 的类型。</translation>
    </message>
    <message>
        <source>Data disk %1 holds %2 to %3 GiB.</source>
        <translation>数据盘 %1 的容量为 %2 至 %3 GiB。</translation>
    </message>
    <message>
        <source>A name has %1 to %2 characters.</source>
        <translation>名称长度为 %1 至 %2 个字符。</translation>
    </message>
    <message>
        <source>A name starts with a letter and holds letters, digits and . _ - : only.</source>
        <translation>名称以字母开头，只能包含字母、数字和 . _ - :。</translation>
    </message>
    <message>
        <source>A host name has 2 to %1 characters.</source>
        <translation>主机名长度为 2 至 %1 个字符。</translation>
    </message>
    <message>
        <source>A host name holds letters, digits, dots and hyphens, neither first nor last nor twice in a row.</source>
        <translation>主机名只能包含字母、数字、点号和连字符，点号和连字符不能位于首尾，也不能连续出现。</translation>
    </message>
    <message>
        <source>Create 1 to %1 instances at a time.</source>
        <translation>每次创建 1 至 %1 台实例。</translation>
    </message>
    <message>
        <source>The minimum count cannot exceed the count.</source>
        <translation>最小数量不能超过创建数量。</translation>
    </message>
    <message>
        <source>At most %1 tags.</source>
        <translation>最多 %1 个标签。</translation>
    </message>
    <message>
        <source>A tag needs a key (tag %1).</source>
        <translation>标签需要键（标签 %1）。</translation>
    </message>
    <message>
        <source>A tag key has at most %1 characters (%2).</source>
        <translation>标签键最多 %1 个字符（%2）。</translation>
    </message>
    <message>
        <source>Tag keys may not start with &quot;aliyun&quot;, &quot;acs:&quot;, &quot;http://&quot; or &quot;https://&quot; (%1).</source>
        <translation>标签键不能以“aliyun”、“acs:”、“http://”或“https://”开头（%1）。</translation>
    </message>
    <message>
        <source>The tag key %1 is given twice.</source>
        <translation>标签键 %1 重复出现。</translation>
    </message>
    <message>
        <source>A tag value has at most %1 characters (%2).</source>
        <translation>标签值最多 %1 个字符（%2）。</translation>
    </message>
    <message>
        <source>Tag values may not start with &quot;http://&quot; or &quot;https://&quot; (%1).</source>
        <translation>标签值不能以“http://”或“https://”开头（%1）。</translation>
    </message>
    <message>
        <source>Subscription instances are released when they expire; clear the automatic release.</source>
        <translation>包年包月实例到期时释放；请清除自动释放设置。</translation>
    </message>
    <message>
        <source>The public bandwidth is 0 to %1 Mbit/s.</source>
        <translation>公网带宽为 0 至 %1 Mbit/s。</translation>
    </message>
</context>
<context>
    <name>ecs::SecretStore</name>
    <message>
        <source>No secret is stored in the keychain for this profile.</source>
        <translation>密钥环中没有保存此账号配置的 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>密钥环拒绝访问：%1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
    <message>
        <source>The OS keychain cannot be used (%1). ECS Console keeps secrets only in the keychain and never in a plain file. Start or unlock your keyring (GNOME Keyring, KWallet or another Secret Service).</source>
        <translation>无法使用操作系统密钥环（%1）。ECS Console 只在密钥环中保存密钥，从不写入明文文件。请启动或解锁您的密钥环（GNOME Keyring、KWallet 或其他 Secret Service）。</translation>
    </message>
    <message>
        <source>no Secret Service answered</source>
        <translation>没有 Secret Service 应答</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock your keyring (for example the &quot;login&quot; keyring in GNOME Keyring or KWallet) and try again; nothing was read, written or deleted.</source>
        <translation>密钥环已锁定。请解锁您的密钥环（例如 GNOME Keyring 或 KWallet 中的“login”密钥环）后重试；未读取、写入或删除任何内容。</translation>
    </message>
    <message>
        <source>No secret is kept for this profile in this session.</source>
        <translation>本次会话中没有为此账号配置保存密钥。</translation>
    </message>
    <message>
        <source>The keychain entry for this profile is not one ECS Console wrote.</source>
        <translation>此账号配置的密钥环条目不是由 ECS Console 写入的。</translation>
    </message>
    <message>
        <source>The keychain did not delete the secret of this profile.</source>
        <translation>密钥环未删除此账号配置的密钥。</translation>
    </message>
</context>
<context>
    <name>ecs::Vocabulary</name>
    <message>
        <source>Pending</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>包年包月</translation>
    </message>
    <message>
        <source>Not preemptible</source>
        <translation>非抢占式实例</translation>
    </message>
    <message>
        <source>Preemptible, with a price limit</source>
        <translation>抢占式实例，设置价格上限</translation>
    </message>
    <message>
        <source>Preemptible, at the market price</source>
        <translation>抢占式实例，按市场价格</translation>
    </message>
    <message>
        <source>Basic disk</source>
        <translation>普通云盘</translation>
    </message>
    <message>
        <source>Ultra disk</source>
        <translation>高效云盘</translation>
    </message>
    <message>
        <source>Standard SSD</source>
        <translation>SSD 云盘</translation>
    </message>
    <message>
        <source>Enhanced SSD (ESSD)</source>
        <translation>ESSD 云盘</translation>
    </message>
    <message>
        <source>ESSD AutoPL</source>
        <translation>ESSD AutoPL 云盘</translation>
    </message>
    <message>
        <source>ESSD Entry</source>
        <translation>ESSD Entry 云盘</translation>
    </message>
    <message>
        <source>Keep charging</source>
        <translation>停机继续收费</translation>
    </message>
    <message>
        <source>Stop charging (economical mode)</source>
        <translation>停机不收费（节省停机模式）</translation>
    </message>
    <message>
        <source>The service&apos;s default</source>
        <translation>服务默认值</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation>抢占式实例</translation>
    </message>
</context>
<context>
    <name>ecs::WaitTarget</name>
    <message>
        <source>gone</source>
        <translation>已不存在</translation>
    </message>
</context>
<context>
    <name>ecs::ops::AllocatePublicIpAddress</name>
    <message>
        <source>The answer carries no IpAddress.</source>
        <translation>应答中没有 IpAddress。</translation>
    </message>
</context>
<context>
    <name>ecs::ops::ModifyInstanceAutoReleaseTime</name>
    <message>
        <source>The release time must be at least 30 minutes from now.</source>
        <translation>释放时间必须至少在 30 分钟之后。</translation>
    </message>
    <message>
        <source>The release time must be at most 3 years from now.</source>
        <translation>释放时间最多在 3 年之内。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::AboutDialog</name>
    <message>
        <source>looking…</source>
        <translation>查询中…</translation>
    </message>
    <message>
        <source>About ECS Console</source>
        <translation>关于 ECS Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ECS Console %1&lt;/h2&gt;&lt;p&gt;A native console for Alibaba Cloud Elastic Compute Service.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ECS Console %1&lt;/h2&gt;&lt;p&gt;阿里云云服务器 ECS 的原生桌面控制台。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ECS Console %1</source>
        <translation>ECS Console %1</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>TLS backend:</source>
        <translation>TLS 后端：</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>密钥环：</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ecs::ui::AllocatePublicIpDialog</name>
    <message>
        <source>Allocate public IP</source>
        <translation>分配公网 IP</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Each instance gets a public IPv4 address that stays with it until it is released. Traffic out through it is billed.</source>
        <translation>每台实例获得一个公网 IPv4 地址，释放前一直归其所有。经由该地址的出网流量会产生费用。</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Allocating…</source>
        <translation>分配中…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Not allocated: %1</source>
        <translation>未分配：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Allocated. Reading the addresses…</source>
        <translation>已分配。正在读取地址…</translation>
    </message>
    <message>
        <source>Allocated, but the addresses could not be read: %1</source>
        <translation>已分配，但无法读取地址：%1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message numerus="yes">
        <source>Allocated %n address(es).</source>
        <translation>
            <numerusform>已分配 %n 个地址。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ecs::ui::AutoReleaseDialog</name>
    <message>
        <source>Automatic release</source>
        <translation>自动释放</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>No automatic release</source>
        <translation>不自动释放</translation>
    </message>
    <message>
        <source>Release &amp;at:</source>
        <translation>释放时间(&amp;A)：</translation>
    </message>
    <message>
        <source>At least 30 minutes and at most 3 years ahead; seconds are dropped.</source>
        <translation>至少 30 分钟之后、最多 3 年之内；秒数会被舍去。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::AutoRenewDialog</name>
    <message>
        <source>Auto-renew</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Renew automatically before expiry</source>
        <translation>到期前自动续费</translation>
    </message>
    <message>
        <source>%1 month(s)</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Each &amp;renewal:</source>
        <translation>每次续费时长(&amp;R)：</translation>
    </message>
    <message>
        <source>Could not read the current setting: %1</source>
        <translation>无法读取当前设置：%1</translation>
    </message>
    <message>
        <source>Auto-renew is on, %1 month(s) at a time.</source>
        <translation>自动续费已开启，每次 %1 个月。</translation>
    </message>
    <message>
        <source>Auto-renew is off.</source>
        <translation>自动续费已关闭。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::BillingPage</name>
    <message>
        <source>Renew automatically</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>Pay the market price, up to the pay-as-you-go price</source>
        <translation>按市场价格出价，不超过按量付费价格</translation>
    </message>
    <message>
        <source>Set a price limit per hour</source>
        <translation>设置每小时价格上限</translation>
    </message>
    <message>
        <source>Market price</source>
        <translation>市场价格</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Subscription period</source>
        <translation>购买时长</translation>
    </message>
    <message>
        <source>Price limit per hour</source>
        <translation>每小时价格上限</translation>
    </message>
    <message>
        <source>Show the price &amp;history…</source>
        <translation>查看价格历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>购买时长(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>上限(&amp;L)：</translation>
    </message>
    <message>
        <source>How long to subscribe for.</source>
        <translation>订阅多长时间。</translation>
    </message>
    <message>
        <source>Preemptible instances cost less and may be reclaimed when the market price rises above your limit.</source>
        <translation>抢占式实例价格更低，当市场价格高于您的出价上限时可能被回收。</translation>
    </message>
    <message>
        <source>Reading the market price of %1 in %2…</source>
        <translation>正在读取 %1 在 %2 的市场价格…</translation>
    </message>
    <message>
        <source>Could not read the market price: %1</source>
        <translation>无法读取市场价格：%1</translation>
    </message>
    <message>
        <source>No recent market price for %1 in %2.</source>
        <translation>%1 在 %2 最近没有市场价格。</translation>
    </message>
    <message>
        <source>Market price now: $%1 per hour. Pay-as-you-go (on-demand): $%2 per hour.</source>
        <translation>当前市场价格：每小时 $%1。按量付费价格：每小时 $%2。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ChangeTypeDialog</name>
    <message>
        <source>Change instance type</source>
        <translation>变更实例规格</translation>
    </message>
    <message>
        <source>Change type</source>
        <translation>变更规格</translation>
    </message>
    <message>
        <source>Stop the instance, change the type, then start it again</source>
        <translation>先停止实例，变更规格，然后重新启动</translation>
    </message>
    <message>
        <source>Current type:</source>
        <translation>当前规格：</translation>
    </message>
    <message>
        <source>%1 · %2 vCPU · %3 GiB</source>
        <translation>%1 · %2 vCPU · %3 GiB</translation>
    </message>
    <message>
        <source>Instance types</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>New &amp;type:</source>
        <translation>新规格(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose a type to see its price.</source>
        <translation>选择规格以查看价格。</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>Loading the types this instance can change to…</source>
        <translation>正在加载此实例可变更的规格…</translation>
    </message>
    <message>
        <source>downgrade</source>
        <translation>降配</translation>
    </message>
    <message>
        <source>upgrade</source>
        <translation>升配</translation>
    </message>
    <message>
        <source>%1 · %2 vCPU · %3 GiB  (%4)</source>
        <translation>%1 · %2 vCPU · %3 GiB（%4）</translation>
    </message>
    <message>
        <source>%1 · specs unknown  (%2)</source>
        <translation>%1 · 规格参数未知（%2）</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Could not load the specs of the types: %1</source>
        <translation>无法加载规格参数：%1</translation>
    </message>
    <message>
        <source>Could not load the choices: %1</source>
        <translation>无法加载可选项：%1</translation>
    </message>
    <message>
        <source>No other type is available for this instance in its zone now.</source>
        <translation>此实例所在可用区当前没有其他可用规格。</translation>
    </message>
    <message>
        <source>Asking the price of %1…</source>
        <translation>正在查询 %1 的价格…</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Price unknown: %1</source>
        <translation>价格未知：%1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1 (now %2: %3 %4)</source>
        <translation>%1（当前 %2：%3 %4）</translation>
    </message>
    <message>
        <source>This change needs the instance stopped: tick &quot;Stop … start it again&quot;.</source>
        <translation>此变更需要先停止实例：请勾选“先停止实例…然后重新启动”。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ConsoleLauncher</name>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
</context>
<context>
    <name>ecs::ui::CreateInstanceWizard</name>
    <message>
        <source>Create instances</source>
        <translation>创建实例</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Discard the new instances?</source>
        <translation>放弃新实例？</translation>
    </message>
    <message>
        <source>Close the wizard and discard what you chose and typed?</source>
        <translation>关闭向导并放弃您选择和输入的内容？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>, %n month(s)</source>
        <translation>
            <numerusform>，%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>, auto-renew</source>
        <translation>，自动续费</translation>
    </message>
    <message>
        <source>, limit $%1/h</source>
        <translation>，上限 $%1/小时</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>将创建的内容</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>云盘</translation>
    </message>
    <message>
        <source>%1, %2 GiB</source>
        <translation>%1，%2 GiB</translation>
    </message>
    <message numerus="yes">
        <source> + %n data disk(s)</source>
        <translation>
            <numerusform> + %n 块数据盘</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>yes, %1 Mbit/s</source>
        <translation>是，%1 Mbit/s</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>创建中…</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>创建 %1</translation>
    </message>
    <message>
        <source>Create %1 × %2</source>
        <translation>创建 %1 × %2</translation>
    </message>
    <message>
        <source>x86-64</source>
        <translation>x86-64</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
</context>
<context>
    <name>ecs::ui::DetailsPage</name>
    <message>
        <source>Release automatically at</source>
        <translation>自动释放时间</translation>
    </message>
    <message>
        <source>Name and count</source>
        <translation>名称和数量</translation>
    </message>
    <message>
        <source>e.g. web-[1,3] or web-01</source>
        <translation>例如 web-[1,3] 或 web-01</translation>
    </message>
    <message>
        <source>optional, e.g. web-01</source>
        <translation>可选，例如 web-01</translation>
    </message>
    <message>
        <source>all or nothing</source>
        <translation>全部成功或全部不创建</translation>
    </message>
    <message>
        <source>env=prod, team=web</source>
        <translation>env=prod, team=web</translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation> Mbit/s</translation>
    </message>
    <message>
        <source>no public IP</source>
        <translation>不分配公网 IP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Minimum count</source>
        <translation>最小数量</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Public bandwidth</source>
        <translation>公网带宽</translation>
    </message>
    <message>
        <source>Automatic release time</source>
        <translation>自动释放时间</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>主机名(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>数量(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Minimum count:</source>
        <translation>最小数量(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Public &amp;bandwidth:</source>
        <translation>公网带宽(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>ecs::ui::Diagnostics</name>
    <message>
        <source>none (HTTPS is not available)</source>
        <translation>无（HTTPS 不可用）</translation>
    </message>
    <message>
        <source>Secret Service (D-Bus)</source>
        <translation>Secret Service（D-Bus）</translation>
    </message>
    <message>
        <source>none found (secrets can only be kept for the session)</source>
        <translation>未找到（密钥只能保存在本次会话中）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ecs::ui::DisksPage</name>
    <message>
        <source>Add a data disk</source>
        <translation>添加数据盘</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>云盘</translation>
    </message>
    <message>
        <source>The system disk, and up to %1 data disks.</source>
        <translation>系统盘，以及最多 %1 块数据盘。</translation>
    </message>
    <message>
        <source>System disk category</source>
        <translation>系统盘类型</translation>
    </message>
    <message>
        <source>System disk size</source>
        <translation>系统盘容量</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size (GiB)</source>
        <translation>容量（GiB）</translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Remove the data disk</source>
        <translation>移除数据盘</translation>
    </message>
    <message>
        <source>&amp;System disk:</source>
        <translation>系统盘(&amp;S)：</translation>
    </message>
    <message>
        <source>Data disks:</source>
        <translation>数据盘：</translation>
    </message>
    <message>
        <source>Data disk %1 category</source>
        <translation>数据盘 %1 类型</translation>
    </message>
    <message>
        <source>Data disk %1 size</source>
        <translation>数据盘 %1 容量</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Send the request again</source>
        <translation>再次发送请求</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>关闭错误提示</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
</context>
<context>
    <name>ecs::ui::FirstRunPage</name>
    <message>
        <source>&amp;Add a profile…</source>
        <translation>添加账号配置(&amp;A)…</translation>
    </message>
    <message>
        <source>Import from &amp;aliyun CLI…</source>
        <translation>从 aliyun CLI 导入(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Continue with Demo</source>
        <translation>继续使用 Demo(&amp;C)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to ECS Console.&lt;/b&gt; You are looking at &lt;b&gt;Demo&lt;/b&gt;: a simulated account on this computer, with made-up regions, images and instances. Nothing you do in Demo reaches Alibaba Cloud or costs money.&lt;br&gt;To manage your real instances, add a &lt;b&gt;profile&lt;/b&gt;: an AccessKey (kept in the system keychain) or an STS token, and a default region, or import the profiles of the aliyun command-line tool.</source>
        <translation>&lt;b&gt;欢迎使用 ECS Console。&lt;/b&gt;您正在查看 &lt;b&gt;Demo&lt;/b&gt;：这台计算机上的一个模拟账号，其中的地域、镜像和实例均为虚构。在 Demo 中的任何操作都不会到达阿里云，也不会产生费用。&lt;br&gt;要管理您真实的实例，请添加一个&lt;b&gt;账号配置&lt;/b&gt;：AccessKey（保存在系统密钥环中）或 STS Token，以及默认地域；也可以导入 aliyun 命令行工具的配置。</translation>
    </message>
    <message>
        <source>Demo and real profiles</source>
        <translation>Demo 与真实账号配置</translation>
    </message>
    <message>
        <source>Opens the profile manager to add an AccessKey or STS profile</source>
        <translation>打开账号配置管理器，添加 AccessKey 或 STS 账号配置</translation>
    </message>
    <message>
        <source>Reads the profiles of ~/.aliyun/config.json</source>
        <translation>读取 ~/.aliyun/config.json 中的配置</translation>
    </message>
</context>
<context>
    <name>ecs::ui::HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>复制诊断信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copies versions, platform and recent errors (secrets removed) for a bug report</source>
        <translation>复制版本、平台和最近的错误（已移除密钥），用于提交问题报告</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard</source>
        <translation>诊断信息已复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;About ECS Console</source>
        <translation>关于 ECS Console(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ImagePage</name>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Public images that run on the chosen type&apos;s architecture.</source>
        <translation>可在所选规格的架构上运行的公共镜像。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Size (GiB)</source>
        <translation>容量（GiB）</translation>
    </message>
    <message>
        <source>Search images, e.g. ubuntu 22</source>
        <translation>搜索镜像，例如 ubuntu 22</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>搜索镜像</translation>
    </message>
    <message>
        <source>Loading the public images…</source>
        <translation>正在加载公共镜像…</translation>
    </message>
    <message>
        <source>Could not load the images: %1</source>
        <translation>无法加载镜像：%1</translation>
    </message>
    <message>
        <source>No public image runs on this instance type here.</source>
        <translation>此处没有可在该实例规格上运行的公共镜像。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s).</source>
        <translation>
            <numerusform>%n 个镜像。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ImagesModel</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ImagesPane</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Public images</source>
        <translation>公共镜像</translation>
    </message>
    <message>
        <source>Custom images</source>
        <translation>自定义镜像</translation>
    </message>
    <message>
        <source>Shared images</source>
        <translation>共享镜像</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>镜像市场</translation>
    </message>
    <message>
        <source>OS type</source>
        <translation>操作系统类型</translation>
    </message>
    <message>
        <source>Any OS</source>
        <translation>任意操作系统</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Any architecture</source>
        <translation>任意架构</translation>
    </message>
    <message>
        <source>x86_64</source>
        <translation>x86_64</translation>
    </message>
    <message>
        <source>arm64</source>
        <translation>arm64</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>所有者(&amp;W)：</translation>
    </message>
    <message>
        <source>O&amp;S:</source>
        <translation>操作系统(&amp;S)：</translation>
    </message>
    <message>
        <source>Ar&amp;ch:</source>
        <translation>架构(&amp;C)：</translation>
    </message>
    <message>
        <source>Filter images by name, id or OS  (/ or Ctrl+F)</source>
        <translation>筛选镜像（/ 或 Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>筛选镜像</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Could not load the images of %1.</source>
        <translation>无法加载 %1 的镜像。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 个镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 / 共 %n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a region to see its images.</source>
        <translation>选择地域以查看其镜像。</translation>
    </message>
    <message>
        <source>No %1 match these filters in %2.</source>
        <translation>%2 中没有符合这些筛选条件的%1。</translation>
    </message>
    <message>
        <source>Loading the images of %1…</source>
        <translation>正在加载 %1 的镜像…</translation>
    </message>
    <message>
        <source>No image matches “%1”. Press Escape in the filter box to clear it.</source>
        <translation>没有与“%1”匹配的镜像。在筛选框中按 Esc 可清除筛选。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::InstanceActionDialog</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>实例：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s):</source>
        <translation>
            <numerusform>%n 台实例：</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy as command</source>
        <translation>复制为命令</translation>
    </message>
    <message>
        <source>Copy the equivalent `ecs-console call` lines</source>
        <translation>复制等效的 `ecs-console call` 命令行</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n command line(s) to the clipboard.</source>
        <translation>
            <numerusform>已将 %n 行命令复制到剪贴板。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::InstanceActions</name>
    <message>
        <source>&amp;Create instance…</source>
        <translation>创建实例(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>停止(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;boot…</source>
        <translation>重启(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>释放(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;type…</source>
        <translation>变更规格(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>续费(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Auto-renew…</source>
        <translation>自动续费(&amp;A)…</translation>
    </message>
    <message>
        <source>Auto-re&amp;lease time…</source>
        <translation>自动释放时间(&amp;L)…</translation>
    </message>
    <message>
        <source>Allocate public &amp;IP</source>
        <translation>分配公网 IP(&amp;I)</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>此账号配置为只读。</translation>
    </message>
    <message>
        <source>Create instances with the wizard (%1)</source>
        <translation>使用向导创建实例（%1）</translation>
    </message>
</context>
<context>
    <name>ecs::ui::InstanceDetailsPanel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>实例详情</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>选择实例以查看其详情。</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) selected: %1</source>
        <translation>
            <numerusform>已选择 %n 台实例：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::InstancesModel</name>
    <message>
        <source>Subscription</source>
        <translation>包年包月</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Preemptible ≤ %1</source>
        <translation>抢占式实例 ≤ %1</translation>
    </message>
    <message>
        <source>Preemptible (market)</source>
        <translation>抢占式实例（市场价格）</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1（已锁定）</translation>
    </message>
    <message>
        <source>Not current: refreshing %1 failed (%2). This row is from its last successful load.</source>
        <translation>非最新：刷新 %1 失败（%2）。此行来自最近一次成功加载。</translation>
    </message>
    <message>
        <source>Not current: refreshing %1 failed (%2, RequestId %3). This row is from its last successful load.</source>
        <translation>非最新：刷新 %1 失败（%2，RequestId %3）。此行来自最近一次成功加载。</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>私网 IP</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Preemptible</source>
        <translation>抢占式实例</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Auto-release</source>
        <translation>自动释放</translation>
    </message>
    <message>
        <source>Locks</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ecs::ui::InstancesPane</name>
    <message>
        <source>All regions</source>
        <translation>全部地域</translation>
    </message>
    <message>
        <source>Show the instances of every region</source>
        <translation>显示所有地域的实例</translation>
    </message>
    <message>
        <source>Filter by name, id, IP or tag  (/ or Ctrl+F)</source>
        <translation>按名称、ID、IP 或标签筛选（/ 或 Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter instances</source>
        <translation>筛选实例</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1（已锁定）</translation>
    </message>
    <message numerus="yes">
        <source>Could not load the instances of %1 (trying again in %n s)</source>
        <translation>
            <numerusform>无法加载 %1 的实例（%n 秒后重试）</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the instances of %1</source>
        <translation>无法加载 %1 的实例</translation>
    </message>
    <message numerus="yes">
        <source>Could not load the instances of %n region(s)</source>
        <translation>
            <numerusform>无法加载 %n 个地域的实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each failed region is tried again by itself (next within %n s); greyed rows are from its last successful load.</source>
        <translation>
            <numerusform>每个失败的地域会单独重试（%n 秒内进行下一次）；灰色行来自其最近一次成功加载。</numerusform>
        </translation>
    </message>
    <message>
        <source>Greyed rows are from the last successful load of their region.</source>
        <translation>灰色行来自其所在地域最近一次成功加载。</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>No instance matches the filter.</source>
        <translation>没有与筛选条件匹配的实例。</translation>
    </message>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>选择实例以查看其详情。</translation>
    </message>
    <message>
        <source>%1 (not current: the last refresh of %2 failed)</source>
        <translation>%1（非最新：%2 的最近一次刷新失败）</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 台实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n instance(s)</source>
        <translation>
            <numerusform>%1 / 共 %n 台实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a region to see its instances.</source>
        <translation>选择地域以查看其实例。</translation>
    </message>
    <message>
        <source>Loading the instances of %1…</source>
        <translation>正在加载 %1 的实例…</translation>
    </message>
    <message>
        <source>every region</source>
        <translation>所有地域</translation>
    </message>
    <message>
        <source>The instances of %1 could not be loaded: see the message above.</source>
        <translation>无法加载 %1 的实例：请查看上方的消息。</translation>
    </message>
    <message>
        <source>some regions</source>
        <translation>部分地域</translation>
    </message>
    <message>
        <source>No instances in any region.</source>
        <translation>所有地域中都没有实例。</translation>
    </message>
    <message>
        <source>No instances in %1.</source>
        <translation>%1 中没有实例。</translation>
    </message>
    <message>
        <source>No instance matches “%1”. Press Escape in the filter box to clear it.</source>
        <translation>没有与“%1”匹配的实例。在筛选框中按 Esc 可清除筛选。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::LanguageMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language changes when ECS Console starts again.</source>
        <translation>界面语言将在 ECS Console 下次启动时更改。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::LoadStatus</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>重试：%1</translation>
    </message>
</context>
<context>
    <name>ecs::ui::LocationPage</name>
    <message>
        <source>Zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>The region and zone of the new instances, and how they are billed.</source>
        <translation>新实例所在的地域和可用区，以及付费类型。</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>包年包月</translation>
    </message>
    <message>
        <source>Preemptible (spot, pay-as-you-go)</source>
        <translation>抢占式实例（按量付费）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>付费类型(&amp;B)：</translation>
    </message>
    <message>
        <source>Loading the zones of %1…</source>
        <translation>正在加载 %1 的可用区…</translation>
    </message>
    <message>
        <source>Could not load the zones: %1</source>
        <translation>无法加载可用区：%1</translation>
    </message>
    <message>
        <source>This region has no zones to create instances in.</source>
        <translation>此地域没有可创建实例的可用区。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::MainWindow</name>
    <message>
        <source>ECS Console — %1</source>
        <translation>ECS Console — %1</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Spot prices</source>
        <translation>抢占式实例价格</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation>当前窗格</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the current pane (%1)</source>
        <translation>刷新当前窗格（%1）</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>last request %1 ms</source>
        <translation>上次请求 %1 毫秒</translation>
    </message>
    <message>
        <source>last request cancelled</source>
        <translation>上次请求已取消</translation>
    </message>
    <message>
        <source>last request failed: %1</source>
        <translation>上次请求失败：%1</translation>
    </message>
    <message>
        <source>region endpoints</source>
        <translation>地域接入点</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>requesting…</source>
        <translation>请求中…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Pr&amp;ofile:</source>
        <translation>账号配置(&amp;O)：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>The account the console shows; switching cancels what is loading</source>
        <translation>控制台显示的账号；切换时会取消正在加载的内容</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>账号配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit, test and delete profiles</source>
        <translation>添加、编辑、测试和删除账号配置</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>The region the Images, Instances and Spot prices panes show</source>
        <translation>镜像、实例和抢占式实例价格窗格所显示的地域</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>it is not available now.</source>
        <translation>当前不可用。</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be done: %3</source>
        <translation>%1（%2）无法执行：%3</translation>
    </message>
</context>
<context>
    <name>ecs::ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>A vSwitch in the zone, and the security group that guards the instances.</source>
        <translation>可用区内的交换机，以及保护实例的安全组。</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>&amp;vSwitch:</source>
        <translation>交换机(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Security group:</source>
        <translation>安全组(&amp;S)：</translation>
    </message>
    <message>
        <source>Loading the vSwitches of %1…</source>
        <translation>正在加载 %1 的交换机…</translation>
    </message>
    <message>
        <source>Could not load the vSwitches: %1</source>
        <translation>无法加载交换机：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 (%n free IP(s))</source>
        <translation>
            <numerusform>%1 · %2 · %3（%n 个可用 IP）</numerusform>
        </translation>
    </message>
    <message>
        <source>No vSwitch in this zone: create one in the VPC console first.</source>
        <translation>此可用区没有交换机：请先在专有网络 VPC 控制台中创建。</translation>
    </message>
    <message>
        <source>Loading the security groups of %1…</source>
        <translation>正在加载 %1 的安全组…</translation>
    </message>
    <message>
        <source>Could not load the security groups: %1</source>
        <translation>无法加载安全组：%1</translation>
    </message>
    <message>
        <source>No security group in %1: create one first.</source>
        <translation>%1 中没有安全组：请先创建一个。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::OperationNotices</name>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message numerus="yes">
        <source>in %1 after %n second(s)</source>
        <translation>
            <numerusform>位于 %1，耗时 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::OperationsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
</context>
<context>
    <name>ecs::ui::OperationsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Copy as command</source>
        <translation>复制为命令</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Stop tracking and skip the remaining steps; what the service has accepted stays done</source>
        <translation>停止跟踪并跳过剩余步骤；服务已受理的部分仍会完成</translation>
    </message>
    <message>
        <source>Copy the equivalent `ecs-console call` lines</source>
        <translation>复制等效的 `ecs-console call` 命令行</translation>
    </message>
    <message>
        <source>Send again what failed; steps already done are not repeated</source>
        <translation>重新发送失败的部分；已完成的步骤不会重复</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>取消操作</translation>
    </message>
    <message>
        <source>Retry the operation</source>
        <translation>重试操作</translation>
    </message>
    <message>
        <source>No operations yet. What you start on instances (start, stop, create…) appears here until it is done.</source>
        <translation>暂无操作。您对实例发起的操作（启动、停止、创建…）会显示在这里，直到完成。</translation>
    </message>
    <message>
        <source>No operations</source>
        <translation>暂无操作</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ProfileDirectory</name>
    <message>
        <source>The embedded simulator on this computer; no account, no secret</source>
        <translation>这台计算机上的内置模拟器；无需账号，无需密钥</translation>
    </message>
    <message>
        <source>signature v1 (HMAC-SHA1)</source>
        <translation>签名 v1（HMAC-SHA1）</translation>
    </message>
    <message>
        <source>signature v3 (ACS3-HMAC-SHA256)</source>
        <translation>签名 v3（ACS3-HMAC-SHA256）</translation>
    </message>
    <message>
        <source>region endpoints</source>
        <translation>地域接入点</translation>
    </message>
    <message>
        <source>from ALIBABA_CLOUD_* variables</source>
        <translation>来自 ALIBABA_CLOUD_* 环境变量</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This program has no Demo endpoint.</source>
        <translation>此程序没有 Demo 接入点。</translation>
    </message>
    <message>
        <source>The embedded simulator did not start: %1</source>
        <translation>内置模拟器未能启动：%1</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ProfileEditDialog</name>
    <message>
        <source>Read-only: disable every action that changes resources</source>
        <translation>只读：禁用所有会更改资源的操作</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>编辑账号配置 %1</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加账号配置</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>例如 production</translation>
    </message>
    <message>
        <source>AccessKey</source>
        <translation>AccessKey</translation>
    </message>
    <message>
        <source>STS token</source>
        <translation>STS Token</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation>保存在密钥环中；留空则保持不变</translation>
    </message>
    <message>
        <source>Stored only in the OS keychain</source>
        <translation>只保存在操作系统密钥环中</translation>
    </message>
    <message>
        <source>v3 · ACS3-HMAC-SHA256</source>
        <translation>v3 · ACS3-HMAC-SHA256</translation>
    </message>
    <message>
        <source>v1 · HMAC-SHA1 (RPC)</source>
        <translation>v1 · HMAC-SHA1（RPC）</translation>
    </message>
    <message>
        <source>Optional, e.g. https://ecs-vpc.cn-hangzhou.aliyuncs.com</source>
        <translation>可选，例如 https://ecs-vpc.cn-hangzhou.aliyuncs.com</translation>
    </message>
    <message>
        <source>Optional PEM file for a private endpoint or TLS proxy</source>
        <translation>可选的 PEM 文件，用于私有接入点或 TLS 代理</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>额外的 CA 证书文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation>凭证(&amp;C)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>默认地域(&amp;R)：</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <source>Extra &amp;CA:</source>
        <translation>额外 CA(&amp;C)：</translation>
    </message>
    <message>
        <source>Use the secret until ECS Console quits; it is never written anywhere</source>
        <translation>在 ECS Console 退出前使用此密钥；它不会被写入任何地方</translation>
    </message>
    <message>
        <source>Not used by an AccessKey profile</source>
        <translation>AccessKey 账号配置不使用</translation>
    </message>
    <message>
        <source>STS SecurityToken</source>
        <translation>STS SecurityToken</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in profile; choose another.</source>
        <translation>“%1”是内置账号配置的名称；请换一个名称。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already.</source>
        <translation>已存在名为“%1”的账号配置。</translation>
    </message>
    <message>
        <source>The AccessKey secret is missing.</source>
        <translation>缺少 AccessKey Secret。</translation>
    </message>
    <message>
        <source>An STS profile needs its security token.</source>
        <translation>STS 账号配置需要安全令牌。</translation>
    </message>
    <message>
        <source>Plain http is only allowed for this computer (loopback); use https:// so that secrets and signatures cannot be read on the way.</source>
        <translation>明文 http 只允许用于本机（环回地址）；请使用 https://，以免密钥和签名在传输途中被读取。</translation>
    </message>
    <message>
        <source>The default region is missing.</source>
        <translation>缺少默认地域。</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>正在将密钥保存到密钥环…</translation>
    </message>
    <message>
        <source>No secret is stored for this profile yet: enter both the secret and the token.</source>
        <translation>此账号配置尚未保存密钥：请同时输入 AccessKey Secret 和安全令牌。</translation>
    </message>
    <message>
        <source>You can also keep the secret in memory for this session only: it is then never written anywhere and forgotten when ECS Console quits.</source>
        <translation>您也可以只在本次会话中将密钥保存在内存里：这样它不会被写入任何地方，并会在 ECS Console 退出时被清除。</translation>
    </message>
    <message>
        <source>Enter the secret to keep for this session.</source>
        <translation>请输入本次会话要使用的密钥。</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>额外的 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ProfileManagerDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import from aliyun CLI…</source>
        <translation>从 aliyun CLI 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>使用此账号配置(&amp;U)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>Moves the AK and StsToken profiles of ~/.aliyun/config.json into the OS keychain</source>
        <translation>将 ~/.aliyun/config.json 中的 AK 和 StsToken 配置移入操作系统密钥环</translation>
    </message>
    <message>
        <source>aliyun CLI configuration</source>
        <translation>aliyun CLI 配置</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The Demo profile is built in</source>
        <translation>Demo 账号配置为内置配置</translation>
    </message>
    <message>
        <source>The Environment profile comes from the ALIBABA_CLOUD_* variables</source>
        <translation>Environment 账号配置来自 ALIBABA_CLOUD_* 环境变量</translation>
    </message>
    <message>
        <source>Profile %1 saved.</source>
        <translation>已保存账号配置 %1。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除账号配置</translation>
    </message>
    <message>
        <source>Delete the profile %1 and its secret in the keychain?</source>
        <translation>删除账号配置 %1 及其在密钥环中的密钥？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The profile was kept so that its secret is not orphaned.</source>
        <translation>已保留该账号配置，以免其密钥成为孤立条目。</translation>
    </message>
    <message>
        <source>Profile %1 and its keychain entry deleted.</source>
        <translation>已删除账号配置 %1 及其密钥环条目。</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 无法使用：%2</translation>
    </message>
    <message>
        <source>The connection test against %1 failed. %2</source>
        <translation>针对 %1 的连接测试失败。%2</translation>
    </message>
    <message>
        <source>The connection test against %1 failed: %2 (RequestId %3).
%4</source>
        <translation>针对 %1 的连接测试失败：%2（RequestId %3）。
%4</translation>
    </message>
    <message>
        <source>Connected to %1: %2 in %3 ms.</source>
        <translation>已连接到 %1：%3 毫秒内返回 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个地域</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Imported %1 into the OS keychain. %2 still holds these secrets in plain text; delete them there if you no longer use the aliyun CLI.</source>
        <translation>已将 %1 导入操作系统密钥环。%2 中仍以明文保存着这些密钥；如果您不再使用 aliyun CLI，请在那里删除它们。</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>已跳过：%1。</translation>
    </message>
    <message>
        <source>Nothing to import from %1. %2</source>
        <translation>%1 中没有可导入的内容。%2</translation>
    </message>
</context>
<context>
    <name>ecs::ui::RebootDialog</name>
    <message>
        <source>Reboot instances</source>
        <translation>重启实例</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Force reboot (unsaved data is lost)</source>
        <translation>强制重启（未保存的数据将丢失）</translation>
    </message>
</context>
<context>
    <name>ecs::ui::RegionsModel</name>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>%1 (%2)
Endpoint: %3
Enter or double-click: work in this region</source>
        <translation>%1（%2）
接入点：%3
按 Enter 或双击：在此地域中操作</translation>
    </message>
    <message>
        <source>Region ID</source>
        <translation>地域 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ecs::ui::RegionsPane</name>
    <message>
        <source>Filter regions by id, name or endpoint  (Ctrl+F)</source>
        <translation>按 ID、名称或接入点筛选地域（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter regions</source>
        <translation>筛选地域</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>加载中</translation>
    </message>
    <message>
        <source>Region count</source>
        <translation>地域数量</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Working in %1 now.</source>
        <translation>当前在 %1 中操作。</translation>
    </message>
    <message>
        <source>Could not load the regions.</source>
        <translation>无法加载地域。</translation>
    </message>
    <message>
        <source>Zones in %1 (%2)</source>
        <translation>%1（%2）的可用区</translation>
    </message>
    <message>
        <source>Could not load the zones of %1.</source>
        <translation>无法加载 %1 的可用区。</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个地域</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / 共 %2</translation>
    </message>
    <message>
        <source>Loading regions…</source>
        <translation>正在加载地域…</translation>
    </message>
    <message>
        <source>No regions to show yet. Retry above once the problem is solved.</source>
        <translation>暂无可显示的地域。问题解决后请点击上方的重试。</translation>
    </message>
    <message>
        <source>This account sees no regions.</source>
        <translation>此账号看不到任何地域。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ReleaseDialog</name>
    <message>
        <source>Release instances</source>
        <translation>释放实例</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Instances to release</source>
        <translation>要释放的实例</translation>
    </message>
    <message>
        <source>Will be released:</source>
        <translation>将被释放：</translation>
    </message>
    <message>
        <source>Releasing deletes the instances and their system disks for good. This cannot be undone.</source>
        <translation>释放会永久删除实例及其系统盘，且无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n running instance(s) will be stopped forcibly first.</source>
        <translation>
            <numerusform>%n 台运行中的实例将先被强制停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm:</source>
        <translation>输入“%1”以确认：</translation>
    </message>
</context>
<context>
    <name>ecs::ui::RenewDialog</name>
    <message>
        <source>Renew subscription</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Renew &amp;for:</source>
        <translation>续费时长(&amp;F)：</translation>
    </message>
    <message>
        <source>Expires now:</source>
        <translation>当前到期时间：</translation>
    </message>
    <message>
        <source>New expiry:</source>
        <translation>新到期时间：</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>unknown (the service sent no expiry time)</source>
        <translation>未知（服务未返回到期时间）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>Not shown for more than %n kinds of instance.</source>
        <translation>
            <numerusform>超过 %n 种实例时不显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the price…</source>
        <translation>正在询价…</translation>
    </message>
    <message>
        <source>Price unknown: %1</source>
        <translation>价格未知：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n month(s) (list price %2)</source>
        <translation>
            <numerusform>%1，共 %n 个月（原价 %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n month(s)</source>
        <translation>
            <numerusform>%1，共 %n 个月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ResourceMatrixModel</name>
    <message>
        <source>In stock</source>
        <translation>有库存</translation>
    </message>
    <message>
        <source>In stock, running low</source>
        <translation>有库存，库存紧张</translation>
    </message>
    <message>
        <source>Sold out, to be restocked</source>
        <translation>已售罄，将补货</translation>
    </message>
    <message>
        <source>Sold out, not restocked</source>
        <translation>已售罄，不再补货</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>%1 is not offered in %2</source>
        <translation>%2 不提供 %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>规格族</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ResourcePane</name>
    <message>
        <source>Loading</source>
        <translation>加载中</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message numerus="yes">
        <source>Trying again by itself in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后自动重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ecs::ui::ResourcesPane</name>
    <message>
        <source>Price history…</source>
        <translation>价格历史…</translation>
    </message>
    <message>
        <source>Create instance here…</source>
        <translation>在此创建实例…</translation>
    </message>
    <message>
        <source>Available resources</source>
        <translation>可购买资源</translation>
    </message>
    <message>
        <source>&amp;Billing:</source>
        <translation>付费类型(&amp;B)：</translation>
    </message>
    <message>
        <source>Fa&amp;mily:</source>
        <translation>规格族(&amp;M)：</translation>
    </message>
    <message>
        <source>Filter types  (Ctrl+F)</source>
        <translation>筛选规格（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter instance types</source>
        <translation>筛选实例规格</translation>
    </message>
    <message>
        <source>Chart the spot price of the selected type in the selected zone</source>
        <translation>绘制所选规格在所选可用区的抢占式实例价格图表</translation>
    </message>
    <message>
        <source>Open the create wizard with this type in this zone</source>
        <translation>打开创建向导，使用此规格和此可用区</translation>
    </message>
    <message>
        <source>Choose a region to see what is available in its zones.</source>
        <translation>选择地域以查看其可用区中可购买的资源。</translation>
    </message>
    <message>
        <source>Could not load the instance types.</source>
        <translation>无法加载实例规格。</translation>
    </message>
    <message>
        <source>Could not load the available resources of %1.</source>
        <translation>无法加载 %1 的可购买资源。</translation>
    </message>
    <message>
        <source>Nothing is offered in %1 for this billing.</source>
        <translation>%1 中没有此付费类型可购买的资源。</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 / 共 %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n 种规格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n 个可用区</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cell that is in stock first.</source>
        <translation>请先选择一个有库存的单元格。</translation>
    </message>
    <message>
        <source>%1 is not offered in %2.</source>
        <translation>%2 不提供 %1。</translation>
    </message>
    <message>
        <source>%1 is sold out in %2 for %3: choose another zone or billing.</source>
        <translation>%1 在 %2 的%3库存已售罄：请选择其他可用区或付费类型。</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>此账号配置为只读。</translation>
    </message>
    <message>
        <source>Select a cell: an instance type in a zone.</source>
        <translation>请选择一个单元格：某个可用区中的一种实例规格。</translation>
    </message>
    <message>
        <source>The type you chose is not offered for this billing: select another cell.</source>
        <translation>所选规格不提供此付费类型：请选择其他单元格。</translation>
    </message>
    <message>
        <source>The cell you chose is hidden by the filters: select another one.</source>
        <translation>所选单元格已被筛选条件隐藏：请选择其他单元格。</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>cannot be created now</source>
        <translation>当前无法创建</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>包年包月</translation>
    </message>
    <message>
        <source>Preemptible, market price</source>
        <translation>抢占式实例，市场价格</translation>
    </message>
    <message>
        <source>Preemptible, price limit</source>
        <translation>抢占式实例，价格上限</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>确认订单</translation>
    </message>
    <message>
        <source>A dry run checks the request with the service; nothing is created yet.</source>
        <translation>预检会向服务检查请求；此时还不会创建任何资源。</translation>
    </message>
    <message>
        <source>Checking the request with a dry run and asking for the price…</source>
        <translation>正在通过预检检查请求并询价…</translation>
    </message>
    <message>
        <source>Dry run passed: the service would accept this request.</source>
        <translation>预检通过：服务会接受此请求。</translation>
    </message>
    <message>
        <source>Dry run: the service answered without checking (no DryRun support).</source>
        <translation>预检：服务未做检查即返回（不支持 DryRun）。</translation>
    </message>
    <message>
        <source>Dry run failed: %1 %2</source>
        <translation>预检失败：%1 %2</translation>
    </message>
    <message>
        <source>The price is unknown: %1</source>
        <translation>价格未知：%1</translation>
    </message>
    <message>
        <source>Price: %1 %2 for %3.</source>
        <translation>价格：%1 %2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>for %n month(s)</source>
        <translation>
            <numerusform>共 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 台实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Market price now: %1 per hour per instance (%2 per hour for %n instance(s)).</source>
        <translation>
            <numerusform>当前市场价格：每台实例每小时 %1（%n 台实例每小时 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your limit: %1 per hour per instance; the instances are reclaimed when the market price rises above it.</source>
        <translation>您的出价上限：每台实例每小时 %1；市场价格高于此上限时实例会被回收。</translation>
    </message>
    <message>
        <source>Your limit: the market price, never more than the pay-as-you-go price.</source>
        <translation>您的出价上限：市场价格，但不超过按量付费价格。</translation>
    </message>
    <message>
        <source>Pay-as-you-go (on-demand) price: %1 per hour per instance.</source>
        <translation>按量付费价格：每台实例每小时 %1。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::SessionSecretDialog</name>
    <message>
        <source>Secret for %1</source>
        <translation>%1 的密钥</translation>
    </message>
    <message>
        <source>You can enter the secret to use it until ECS Console quits. It is kept in memory only and never written to a file.</source>
        <translation>您可以输入密钥，在 ECS Console 退出前使用。它只保存在内存中，从不写入文件。</translation>
    </message>
    <message>
        <source>AccessKey secret</source>
        <translation>AccessKey Secret</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>在本次会话中使用</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ecs::ui::SpotChart</name>
    <message>
        <source>Spot price chart</source>
        <translation>抢占式实例价格图表</translation>
    </message>
    <message>
        <source>Spot price chart area</source>
        <translation>抢占式实例价格图表区域</translation>
    </message>
    <message>
        <source>Drag to zoom into a time range; right click or Home to zoom out; arrows pan; click a zone in the legend to hide it</source>
        <translation>拖动以放大时间范围；右键或按 Home 缩小；方向键平移；点击图例中的可用区可隐藏它</translation>
    </message>
    <message>
        <source>Spot price, USD per hour</source>
        <translation>抢占式实例价格，美元/小时</translation>
    </message>
    <message>
        <source>on-demand $%1 dashed</source>
        <translation>按量付费 $%1（虚线）</translation>
    </message>
    <message>
        <source>your limit $%1 dotted</source>
        <translation>您的上限 $%1（点线）</translation>
    </message>
    <message>
        <source>On-demand $%1</source>
        <translation>按量付费 $%1</translation>
    </message>
    <message>
        <source>Your limit $%1</source>
        <translation>您的上限 $%1</translation>
    </message>
    <message>
        <source>no price yet</source>
        <translation>暂无价格</translation>
    </message>
</context>
<context>
    <name>ecs::ui::SpotPointsModel</name>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Spot price</source>
        <translation>抢占式实例价格</translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
</context>
<context>
    <name>ecs::ui::SpotPricePane</name>
    <message>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;PNG…</source>
        <translation>PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Last 3 hours</source>
        <translation>最近 3 小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>Limit $</source>
        <translation>上限 $</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Price limit</source>
        <translation>价格上限</translation>
    </message>
    <message>
        <source>Your SpotPriceLimit: the stats show how long it would have kept an instance running</source>
        <translation>您的 SpotPriceLimit：统计数据显示该上限能让实例保持运行多长时间</translation>
    </message>
    <message>
        <source>Save the points as CSV</source>
        <translation>将数据点保存为 CSV</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>规格(&amp;Y)：</translation>
    </message>
    <message>
        <source>Ra&amp;nge:</source>
        <translation>时间范围(&amp;N)：</translation>
    </message>
    <message>
        <source>Filter points by zone</source>
        <translation>按可用区筛选数据点</translation>
    </message>
    <message>
        <source>Filter points</source>
        <translation>筛选数据点</translation>
    </message>
    <message>
        <source>Spot price points</source>
        <translation>抢占式实例价格数据点</translation>
    </message>
    <message>
        <source>Choose a region to see its spot prices.</source>
        <translation>选择地域以查看其抢占式实例价格。</translation>
    </message>
    <message>
        <source>Could not load the spot prices of %1 in %2.</source>
        <translation>无法加载 %1 在 %2 的抢占式实例价格。</translation>
    </message>
    <message>
        <source>Spot price of %1 in %2, USD per hour</source>
        <translation>%1 在 %2 的抢占式实例价格，美元/小时</translation>
    </message>
    <message>
        <source>No spot prices for %1 in %2: the type may not be sold there.</source>
        <translation>%1 在 %2 没有抢占式实例价格：该规格可能未在此处售卖。</translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n 个可用区</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n price change(s)</source>
        <translation>
            <numerusform>%n 次价格变化</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%1 / %2（%3）</translation>
    </message>
    <message>
        <source>Spot price of %1 in %2 · %3 (%4 – %5) · USD per hour</source>
        <translation>%1 在 %2 的抢占式实例价格 · %3（%4 – %5）· 美元/小时</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Export spot prices</source>
        <translation>导出抢占式实例价格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n price change(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 次价格变化保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>已将图表保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::SpotStatsTable</name>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Limit survival</source>
        <translation>上限存活率</translation>
    </message>
    <message>
        <source>Spot price statistics</source>
        <translation>抢占式实例价格统计</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ecs::ui::StopDialog</name>
    <message>
        <source>Stop instances</source>
        <translation>停止实例</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Force stop (like pulling the plug; unsaved data is lost)</source>
        <translation>强制停止（相当于拔掉电源；未保存的数据将丢失）</translation>
    </message>
    <message>
        <source>Default for the instance</source>
        <translation>实例默认设置</translation>
    </message>
    <message>
        <source>Keep charging (resources stay reserved)</source>
        <translation>停机继续收费（资源保留）</translation>
    </message>
    <message>
        <source>Stop charging (vCPU and memory released; may not restart if stock runs out)</source>
        <translation>停机不收费（释放 vCPU 和内存；库存不足时可能无法重新启动）</translation>
    </message>
    <message>
        <source>Stop &amp;mode:</source>
        <translation>停止模式(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>ecs::ui::TypeFilters</name>
    <message>
        <source>Billing</source>
        <translation>计费</translation>
    </message>
    <message>
        <source>Billing: stock differs between pay-as-you-go, subscription and preemptible</source>
        <translation>付费类型：按量付费、包年包月和抢占式实例的库存各不相同</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>所有规格族</translation>
    </message>
    <message>
        <source>Instance family</source>
        <translation>实例规格族</translation>
    </message>
    <message>
        <source>vCPU ≥ </source>
        <translation>vCPU ≥ </translation>
    </message>
    <message>
        <source>≤ </source>
        <translation>≤ </translation>
    </message>
    <message>
        <source>GiB ≥ </source>
        <translation>GiB ≥ </translation>
    </message>
    <message>
        <source>Minimum vCPU</source>
        <translation>最小 vCPU</translation>
    </message>
    <message>
        <source>Maximum vCPU</source>
        <translation>最大 vCPU</translation>
    </message>
    <message>
        <source>Minimum memory</source>
        <translation>最小内存</translation>
    </message>
    <message>
        <source>Maximum memory</source>
        <translation>最大内存</translation>
    </message>
</context>
<context>
    <name>ecs::ui::TypePage</name>
    <message>
        <source>Instance types</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Only the types in stock in this zone for this billing method.</source>
        <translation>仅显示此可用区中此付费类型有库存的规格。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>内存（GiB）</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Filter by type or family, e.g. g7 or c8y</source>
        <translation>按规格或规格族筛选，例如 g7 或 c8y</translation>
    </message>
    <message>
        <source>Filter instance types</source>
        <translation>筛选实例规格</translation>
    </message>
    <message>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1（%2 vCPU，%3 GiB）</translation>
    </message>
    <message>
        <source>Loading what is in stock…</source>
        <translation>正在加载库存…</translation>
    </message>
    <message>
        <source>Could not load the instance types&apos; specifications: %1</source>
        <translation>无法加载实例规格参数：%1</translation>
    </message>
    <message>
        <source>Could not load the stock: %1</source>
        <translation>无法加载库存：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Nothing is in stock in %1 for this billing method: choose another zone.</source>
        <translation>%1 中此付费类型没有任何库存：请选择其他可用区。</translation>
    </message>
    <message numerus="yes">
        <source>%n type(s) in stock in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 种规格有库存。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in stock in %2 for this billing method: choose another type.</source>
        <translation>%2 中此付费类型没有 %1 的库存：请选择其他规格。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ZoneDetails</name>
    <message>
        <source>Zone details</source>
        <translation>可用区详情</translation>
    </message>
    <message>
        <source>Select a zone to see what it offers.</source>
        <translation>选择可用区以查看其提供的资源。</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Can create</source>
        <translation>可创建</translation>
    </message>
    <message>
        <source>Disk categories</source>
        <translation>云盘类型</translation>
    </message>
    <message>
        <source>Instance types (%1)</source>
        <translation>实例规格（%1）</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ZonesModel</name>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>CloudBox zone</source>
        <translation>云盒可用区</translation>
    </message>
    <message>
        <source>Local zone</source>
        <translation>本地可用区</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>disks</source>
        <translation>云盘</translation>
    </message>
    <message>
        <source>vSwitches</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>I/O optimized instances</source>
        <translation>I/O 优化实例</translation>
    </message>
    <message>
        <source>dedicated hosts</source>
        <translation>专有宿主机</translation>
    </message>
    <message>
        <source>ESSD</source>
        <translation>ESSD 云盘</translation>
    </message>
    <message>
        <source>ESSD Entry</source>
        <translation>ESSD Entry 云盘</translation>
    </message>
    <message>
        <source>ESSD AutoPL</source>
        <translation>ESSD AutoPL 云盘</translation>
    </message>
    <message>
        <source>standard SSD</source>
        <translation>SSD 云盘</translation>
    </message>
    <message>
        <source>ultra disk</source>
        <translation>高效云盘</translation>
    </message>
    <message>
        <source>basic disk</source>
        <translation>普通云盘</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Can create: %1</source>
        <translation>可创建：%1</translation>
    </message>
    <message>
        <source>Zone ID</source>
        <translation>可用区 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Instance types</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Disk categories</source>
        <translation>云盘类型</translation>
    </message>
</context>
</TS>
