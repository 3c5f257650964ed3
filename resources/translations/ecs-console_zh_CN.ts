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
    <message>
        <source>Tag %1 with %2</source>
        <translation>为 %1 添加标签 %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %n tag(s) to %1</source>
        <translation>
            <numerusform>为 %1 添加 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the tag %1 from %2</source>
        <translation>从 %2 移除标签 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s) from %1</source>
        <translation>
            <numerusform>从 %1 移除 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Change the description of %1</source>
        <translation>修改 %1 的描述</translation>
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
    <message>
        <source>No temporary credentials could be obtained: %1</source>
        <translation>无法获取临时凭证：%1</translation>
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
    <name>ecs::AssumeRoleCredentialSource</name>
    <message>
        <source>The STS endpoint &quot;%1&quot; is not an http(s) URL.</source>
        <translation>STS 接入地址“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 was refused: the source key signs this request. Use https:// for the STS endpoint.</source>
        <translation>已拒绝以明文 HTTP 访问 %1：此请求由源 AccessKey 签名。请为 STS 接入地址使用 https://。</translation>
    </message>
    <message>
        <source>The role has no source credentials.</source>
        <translation>该角色没有源凭证。</translation>
    </message>
    <message>
        <source>The source credentials could not be obtained: %1</source>
        <translation>无法获取源凭证：%1</translation>
    </message>
    <message>
        <source>STS AssumeRole failed: %1</source>
        <translation>STS AssumeRole 失败：%1</translation>
    </message>
    <message>
        <source>The source credentials could not be renewed: %1</source>
        <translation>无法续期源凭证：%1</translation>
    </message>
    <message>
        <source>STS AssumeRole answered no usable credentials: %1</source>
        <translation>STS AssumeRole 未返回可用的凭证：%1</translation>
    </message>
</context>
<context>
    <name>ecs::CalendarAlerts</name>
    <message>
        <source>Subscription expired</source>
        <translation>包年包月实例已到期</translation>
    </message>
    <message>
        <source>Subscription expires soon</source>
        <translation>包年包月实例即将到期</translation>
    </message>
    <message>
        <source>%1 in %2 expired on %3. Renew it to start it again.</source>
        <translation>%2 的 %1 已于 %3 到期。续费后才能再次启动。</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 expires in %n day(s), on %3.</source>
        <translation>
            <numerusform>%2 的 %1 将在 %n 天后（%3）到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic release within the hour</source>
        <translation>一小时内自动释放</translation>
    </message>
    <message>
        <source>%1 in %2 is released automatically at %3.</source>
        <translation>%2 的 %1 将于 %3 自动释放。</translation>
    </message>
    <message>
        <source>Preemptible instance reclaimed</source>
        <translation>抢占式实例被回收</translation>
    </message>
    <message>
        <source>%1 in %2 is being reclaimed and will be released.</source>
        <translation>%2 的 %1 正在被回收，随后将被释放。</translation>
    </message>
    <message>
        <source>Maintenance scheduled</source>
        <translation>已计划系统维护</translation>
    </message>
    <message>
        <source>System event scheduled</source>
        <translation>已计划系统事件</translation>
    </message>
    <message>
        <source>%1 in %2: %3, not before %4.</source>
        <translation>%2 的 %1：%3，不早于 %4。</translation>
    </message>
</context>
<context>
    <name>ecs::CliConfig</name>
    <message>
        <source>The aliyun CLI config is not valid JSON (%1).</source>
        <translation>aliyun CLI 配置不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>it has no AccessKey pair</source>
        <translation>它没有 AccessKey 密钥对</translation>
    </message>
    <message>
        <source>mode %1 is not supported</source>
        <translation>不支持模式 %1</translation>
    </message>
</context>
<context>
    <name>ecs::CloudAssistant</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已计划</translation>
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
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>未下发</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Stopped while running</source>
        <translation>执行中被停止</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Shell (Linux)</source>
        <translation>Shell（Linux）</translation>
    </message>
    <message>
        <source>PowerShell (Windows)</source>
        <translation>PowerShell（Windows）</translation>
    </message>
    <message>
        <source>Bat (Windows)</source>
        <translation>Bat（Windows）</translation>
    </message>
    <message>
        <source>Type the command to run.</source>
        <translation>请输入要执行的命令。</translation>
    </message>
    <message>
        <source>The timeout must be between 10 seconds and 24 hours.</source>
        <translation>超时时间须在 10 秒到 24 小时之间。</translation>
    </message>
    <message>
        <source>The script is too long: Cloud Assistant takes at most 18 KB once Base64-encoded.</source>
        <translation>脚本过长：云助手命令经 Base64 编码后最多 18 KB。</translation>
    </message>
    <message>
        <source>The user or the working directory is too long.</source>
        <translation>用户名或执行路径过长。</translation>
    </message>
    <message>
        <source>The service accepted the command but named no invocation.</source>
        <translation>服务已接受命令，但未返回执行 ID。</translation>
    </message>
    <message>
        <source>The service sent no usable VNC address.</source>
        <translation>服务未返回可用的 VNC 地址。</translation>
    </message>
</context>
<context>
    <name>ecs::Connect</name>
    <message>
        <source>The instance has no address to connect to.</source>
        <translation>该实例没有可连接的地址。</translation>
    </message>
    <message>
        <source>The address “%1” is not an IP address; not connecting.</source>
        <translation>地址“%1”不是 IP 地址，不予连接。</translation>
    </message>
    <message>
        <source>The SSH user “%1” is not a valid user name.</source>
        <translation>SSH 用户“%1”不是有效的用户名。</translation>
    </message>
    <message>
        <source>The jump host “%1” is not of the form [user@]host[:port].</source>
        <translation>跳板机“%1”的格式应为 [用户@]主机[:端口]。</translation>
    </message>
    <message>
        <source>The key file name is not valid.</source>
        <translation>密钥文件名无效。</translation>
    </message>
    <message>
        <source>The SSH port must be between 1 and 65535.</source>
        <translation>SSH 端口须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>No terminal command is set in the preferences.</source>
        <translation>首选项中未设置终端命令。</translation>
    </message>
    <message>
        <source>The terminal “%1” could not be started.</source>
        <translation>无法启动终端“%1”。</translation>
    </message>
</context>
<context>
    <name>ecs::CpuSparklines</name>
    <message>
        <source>The profile of %1 is not open.</source>
        <translation>%1 所属的配置未打开。</translation>
    </message>
</context>
<context>
    <name>ecs::CredentialSource</name>
    <message>
        <source>the answer has no %1</source>
        <translation>应答中缺少 %1</translation>
    </message>
    <message>
        <source>the answer&apos;s credentials are not printable ASCII</source>
        <translation>应答中的凭证不是可打印的 ASCII 字符</translation>
    </message>
    <message>
        <source>the expiration &quot;%1&quot; is not a date</source>
        <translation>过期时间“%1”不是日期</translation>
    </message>
    <message>
        <source>the credentials expired already (%1)</source>
        <translation>凭证已过期（%1）</translation>
    </message>
    <message>
        <source>%1 answered more than %2 KiB</source>
        <translation>%1 的应答超过 %2 KiB</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 未在 %2 秒内应答</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2)</source>
        <translation>无法连接 %1（%2）</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>应答不是 JSON 对象</translation>
    </message>
    <message>
        <source>the answer&apos;s Code is &quot;%1&quot;, not Success</source>
        <translation>应答的 Code 为“%1”，而不是 Success</translation>
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
    <name>ecs::FleetPlan</name>
    <message>
        <source>%1: %2</source>
        <comment>profile: operation</comment>
        <translation>%1：%2</translation>
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
    <name>ecs::LifecycleCalendar</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Subscription expires</source>
        <translation>包年包月到期</translation>
    </message>
    <message>
        <source>Automatic release</source>
        <translation>自动释放</translation>
    </message>
    <message>
        <source>Being reclaimed</source>
        <translation>正在回收</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>系统维护</translation>
    </message>
    <message>
        <source>Preemptible interruption</source>
        <translation>抢占式实例中断</translation>
    </message>
    <message>
        <source>System event</source>
        <translation>系统事件</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Avoided</source>
        <translation>已避免</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Awaiting your answer</source>
        <translation>待您确认</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
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
    <name>ecs::MetadataCredentialSource</name>
    <message>
        <source>The metadata service address &quot;%1&quot; is not an http(s) URL.</source>
        <translation>元数据服务地址“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>The metadata service failed: %1</source>
        <translation>元数据服务出错：%1</translation>
    </message>
    <message>
        <source>The metadata service answered HTTP %1 when asked for the instance&apos;s RAM role: is a role attached to this instance?</source>
        <translation>查询实例 RAM 角色时元数据服务返回 HTTP %1：此实例是否已授予 RAM 角色？</translation>
    </message>
    <message>
        <source>The metadata service named no usable RAM role.</source>
        <translation>元数据服务未给出可用的 RAM 角色。</translation>
    </message>
    <message>
        <source>The metadata service answered HTTP %1 for the role %2.</source>
        <translation>元数据服务对角色 %2 返回 HTTP %1。</translation>
    </message>
    <message>
        <source>The metadata service gave no usable credentials for %1: %2</source>
        <translation>元数据服务未提供 %1 的可用凭证：%2</translation>
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
    <message>
        <source>%1 (retry of the failed)</source>
        <translation>%1（重试失败部分）</translation>
    </message>
</context>
<context>
    <name>ecs::ProcessCredentialSource</name>
    <message>
        <source>The credentials command did not finish within %1 s.</source>
        <translation>凭证命令未在 %1 秒内结束。</translation>
    </message>
    <message>
        <source>its output is not a JSON object</source>
        <translation>其输出不是 JSON 对象</translation>
    </message>
    <message>
        <source>its output has mode StsToken but no sts_token</source>
        <translation>其输出的 mode 为 StsToken，但缺少 sts_token</translation>
    </message>
    <message>
        <source>its output has mode &quot;%1&quot;; AK or StsToken are understood</source>
        <translation>其输出的 mode 为“%1”；仅支持 AK 或 StsToken</translation>
    </message>
    <message>
        <source>its output has no access_key_id and access_key_secret</source>
        <translation>其输出缺少 access_key_id 和 access_key_secret</translation>
    </message>
    <message>
        <source>The credentials command is empty.</source>
        <translation>凭证命令为空。</translation>
    </message>
    <message>
        <source>The credentials command printed more than %1 KiB.</source>
        <translation>凭证命令的输出超过 %1 KiB。</translation>
    </message>
    <message>
        <source>The credentials command could not be started (%1).</source>
        <translation>无法启动凭证命令（%1）。</translation>
    </message>
    <message>
        <source>The credentials command failed (exit code %1).</source>
        <translation>凭证命令执行失败（退出码 %1）。</translation>
    </message>
    <message>
        <source>The credentials command failed (exit code %1): %2</source>
        <translation>凭证命令执行失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>The credentials command gave no usable credentials: %1</source>
        <translation>凭证命令未提供可用的凭证：%1</translation>
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
    <message>
        <source>role %1 assumed with %2</source>
        <translation>以 %2 扮演的角色 %1</translation>
    </message>
    <message>
        <source>role %1 assumed with profile %2</source>
        <translation>以配置 %2 扮演的角色 %1</translation>
    </message>
    <message>
        <source>this ECS instance&apos;s RAM role</source>
        <translation>本 ECS 实例的 RAM 角色</translation>
    </message>
    <message>
        <source>this ECS instance&apos;s RAM role %1</source>
        <translation>本 ECS 实例的 RAM 角色 %1</translation>
    </message>
    <message>
        <source>credentials from %1</source>
        <translation>来自 %1 的凭证</translation>
    </message>
    <message>
        <source>credentials printed by %1</source>
        <translation>由 %1 输出的凭证</translation>
    </message>
    <message>
        <source>The role ARN must look like acs:ram::&lt;account&gt;:role/&lt;name&gt;.</source>
        <translation>角色 ARN 的格式应为 acs:ram::&lt;账号&gt;:role/&lt;名称&gt;。</translation>
    </message>
    <message>
        <source>The role session name is 2–64 letters, digits, &apos;.&apos;, &apos;@&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>角色会话名称为 2–64 个字母、数字、“.”、“@”、“_”或“-”。</translation>
    </message>
    <message>
        <source>The session duration is 900 to 43200 seconds.</source>
        <translation>会话有效期为 900 到 43200 秒。</translation>
    </message>
    <message>
        <source>The STS endpoint must be a URL such as https://sts.aliyuncs.com.</source>
        <translation>STS 接入地址必须是 URL，例如 https://sts.aliyuncs.com。</translation>
    </message>
    <message>
        <source>A chained role needs a source profile other than itself.</source>
        <translation>链式角色需要一个不同于自身的源配置。</translation>
    </message>
    <message>
        <source>The metadata service address must be a URL such as http://100.100.100.200.</source>
        <translation>元数据服务地址必须是 URL，例如 http://100.100.100.200。</translation>
    </message>
    <message>
        <source>The credentials URI must be an http(s) URL.</source>
        <translation>凭证 URI 必须是 http(s) URL。</translation>
    </message>
    <message>
        <source>The command that prints the credentials is missing.</source>
        <translation>缺少输出凭证的命令。</translation>
    </message>
    <message>
        <source>The profiles %1 name each other as source in a circle.</source>
        <translation>配置 %1 互相作为源配置，形成了循环。</translation>
    </message>
    <message>
        <source>The chain of source profiles %1 is longer than %2.</source>
        <translation>源配置链 %1 的长度超过 %2。</translation>
    </message>
    <message>
        <source>The source profile &quot;%1&quot; of %2 does not exist.</source>
        <translation>%2 的源配置“%1”不存在。</translation>
    </message>
    <message>
        <source>The source profile &quot;%1&quot; cannot be used: %2</source>
        <translation>无法使用源配置“%1”：%2</translation>
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
    <message>
        <source>Profile %1 is not open.</source>
        <translation>账号配置 %1 未打开。</translation>
    </message>
</context>
<context>
    <name>ecs::RenewalQuote</name>
    <message>
        <source>The profile is closed.</source>
        <translation>该配置已关闭。</translation>
    </message>
    <message>
        <source>Asking for prices…</source>
        <translation>正在询价…</translation>
    </message>
    <message>
        <source>Nothing to renew</source>
        <translation>没有需要续费的实例</translation>
    </message>
    <message numerus="yes">
        <source>The price of %n instance(s) is not known</source>
        <translation>
            <numerusform>%n 个实例的价格未知</numerusform>
        </translation>
    </message>
    <message>
        <source>The prices are in different currencies</source>
        <translation>价格币种不一致</translation>
    </message>
</context>
<context>
    <name>ecs::RequestLog</name>
    <message>
        <source>  attempt %1 failed after %2 ms: %3; next in %4 ms
</source>
        <translation>  第 %1 次尝试在 %2 毫秒后失败：%3；%4 毫秒后重试
</translation>
    </message>
    <message>
        <source>  no answer yet
</source>
        <translation>  尚无应答
</translation>
    </message>
    <message numerus="yes">
        <source>  %n attempt(s), %1 ms, HTTP %2, RequestId %3
</source>
        <translation>
            <numerusform>  %n 次尝试，%1 毫秒，HTTP %2，RequestId %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later request(s) not recorded
</source>
        <translation>
            <numerusform>之后的 %n 个请求未记录
</numerusform>
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
    <name>ecs::RunCommandOperation</name>
    <message>
        <source>Run command on %1</source>
        <translation>在 %1 上执行命令</translation>
    </message>
    <message numerus="yes">
        <source>Run command on %n instance(s)</source>
        <translation>
            <numerusform>在 %n 个实例上执行命令</numerusform>
        </translation>
    </message>
    <message>
        <source>Running the command</source>
        <translation>正在执行命令</translation>
    </message>
    <message>
        <source>Stopping the command…</source>
        <translation>正在停止命令…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped; %n of %1 instance(s) had finished</source>
        <translation>
            <numerusform>已停止；%1 个实例中有 %n 个已执行完毕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Succeeded on %n instance(s)</source>
        <translation>
            <numerusform>在 %n 个实例上执行成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed on %n of %1 instance(s)</source>
        <translation>
            <numerusform>%1 个实例中有 %n 个执行失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped without a running Cloud Assistant Agent</source>
        <translation>
            <numerusform>%n 个实例因云助手 Agent 未运行而跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking Cloud Assistant…</source>
        <translation>正在检查云助手状态…</translation>
    </message>
    <message>
        <source>The profile was closed.</source>
        <translation>配置已关闭。</translation>
    </message>
    <message>
        <source>No running Cloud Assistant Agent: skipped.</source>
        <translation>云助手 Agent 未运行：已跳过。</translation>
    </message>
    <message>
        <source>No selected instance has a running Cloud Assistant Agent: %1</source>
        <translation>所选实例的云助手 Agent 均未运行：%1</translation>
    </message>
    <message>
        <source>Cloud Assistant runs a command on at most %1 instances at once.</source>
        <translation>云助手一次最多在 %1 个实例上执行命令。</translation>
    </message>
    <message numerus="yes">
        <source>Sending the command to %n instance(s)…</source>
        <translation>
            <numerusform>正在向 %n 个实例下发命令…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending the command to %n instance(s); skipped without an agent: %1</source>
        <translation>
            <numerusform>正在向 %n 个实例下发命令；未安装 Agent 而跳过：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%2 个中已完成 %1 个</translation>
    </message>
    <message>
        <source>The results did not arrive in time; the invocation %1 may still be running.</source>
        <translation>未能及时获得执行结果；命令执行 %1 可能仍在运行。</translation>
    </message>
    <message>
        <source>Stopping the command… %1 of %2 finished</source>
        <translation>正在停止命令… %2 个中已完成 %1 个</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>profile: operation (region)</comment>
        <translation>%1：%2（%3）</translation>
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
    <name>ecs::StaticCredentialSource</name>
    <message>
        <source>The source profile has no AccessKey pair.</source>
        <translation>源配置没有 AccessKey。</translation>
    </message>
</context>
<context>
    <name>ecs::TagRules</name>
    <message>
        <source>A tag needs a key.</source>
        <translation>标签需要填写键。</translation>
    </message>
    <message>
        <source>A tag key has at most %1 characters.</source>
        <translation>标签键最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A tag key may not start with &quot;aliyun&quot;, &quot;acs:&quot;, &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation>标签键不能以“aliyun”、“acs:”、“http://”或“https://”开头。</translation>
    </message>
    <message>
        <source>A tag value has at most %1 characters.</source>
        <translation>标签值最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A tag value may not start with &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation>标签值不能以“http://”或“https://”开头。</translation>
    </message>
    <message>
        <source>A name has 2 to 128 characters.</source>
        <translation>名称长度为 2 到 128 个字符。</translation>
    </message>
    <message>
        <source>A name starts with a letter and holds letters, digits and . _ - : only.</source>
        <translation>名称须以字母开头，只能包含字母、数字和 . _ - :。</translation>
    </message>
    <message>
        <source>A description has at most %1 characters.</source>
        <translation>描述最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A description may not start with &quot;http://&quot; or &quot;https://&quot;.</source>
        <translation>描述不能以“http://”或“https://”开头。</translation>
    </message>
    <message>
        <source>Add at least one tag.</source>
        <translation>请至少添加一个标签。</translation>
    </message>
    <message>
        <source>The tag key %1 is given twice.</source>
        <translation>标签键 %1 重复。</translation>
    </message>
</context>
<context>
    <name>ecs::UriCredentialSource</name>
    <message>
        <source>The credentials URI &quot;%1&quot; is not an http(s) URL.</source>
        <translation>凭证 URI“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>The credentials URI failed: %1</source>
        <translation>凭证 URI 出错：%1</translation>
    </message>
    <message>
        <source>The credentials URI %1 answered HTTP %2.</source>
        <translation>凭证 URI %1 返回 HTTP %2。</translation>
    </message>
    <message>
        <source>The credentials URI %1 gave no usable credentials: %2</source>
        <translation>凭证 URI %1 未提供可用的凭证：%2</translation>
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
    <name>ecs::ui::AddTagsDialog</name>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Add another tag</source>
        <translation>再添加一个标签</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <source>Tag %1 key</source>
        <translation>标签 %1 的键</translation>
    </message>
    <message>
        <source>Tag %1 value</source>
        <translation>标签 %1 的值</translation>
    </message>
    <message>
        <source>e.g. env</source>
        <translation>例如 env</translation>
    </message>
    <message>
        <source>e.g. production (may be empty)</source>
        <translation>例如 production（可为空）</translation>
    </message>
</context>
<context>
    <name>ecs::ui::AdvisorModel</name>
    <message>
        <source>0–5 %</source>
        <translation>0%–5%</translation>
    </message>
    <message>
        <source>5–10 %</source>
        <translation>5%–10%</translation>
    </message>
    <message>
        <source>10–15 %</source>
        <translation>10%–15%</translation>
    </message>
    <message>
        <source>15–20 %</source>
        <translation>15%–20%</translation>
    </message>
    <message>
        <source>&gt;20 %</source>
        <translation>&gt;20%</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 is not offered as preemptible in %2.</source>
        <translation>%2 不提供 %1 抢占式实例。</translation>
    </message>
    <message>
        <source>%1 in %2: interrupted %3 of the time over the last 30 days.</source>
        <translation>%2 的 %1：过去 30 天的中断率为 %3。</translation>
    </message>
    <message>
        <source>Average price: %1 % of pay-as-you-go (%2 % off).</source>
        <translation>平均价格：按量付费价格的 %1%（优惠 %2%）。</translation>
    </message>
    <message>
        <source>A limit of %1 an hour would have survived %2 % of the last 30 days.</source>
        <translation>若出价上限为每小时 %1，过去 30 天中有 %2% 的时间不会被回收。</translation>
    </message>
    <message>
        <source>No price history to back-test a limit with.</source>
        <translation>没有可用于回测出价上限的价格历史。</translation>
    </message>
    <message numerus="yes">
        <source>Your fleet: %n reclaimed while watched</source>
        <translation>
            <numerusform>您的实例：观察期间有 %n 个被回收</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n being reclaimed now</source>
        <translation>
            <numerusform>，%n 个正在被回收</numerusform>
        </translation>
    </message>
    <message>
        <source>Your fleet: no reclaims seen here since the console started.</source>
        <translation>您的实例：自控制台启动以来，未在此处发现回收。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2%</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>实例规格</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>规格族</translation>
    </message>
</context>
<context>
    <name>ecs::ui::AdvisorPane</name>
    <message>
        <source>Create preemptible here…</source>
        <translation>在此创建抢占式实例…</translation>
    </message>
    <message>
        <source>Spot advice by zone and instance type</source>
        <translation>按可用区和实例规格列出的抢占式实例建议</translation>
    </message>
    <message>
        <source>Instance family</source>
        <translation>实例规格族</translation>
    </message>
    <message>
        <source>Any family</source>
        <translation>全部规格族</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
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
        <source>&amp;Family:</source>
        <translation>规格族(&amp;F)：</translation>
    </message>
    <message>
        <source>v&amp;CPUs:</source>
        <translation>vCPU(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>Filter instance types  (Ctrl+F)</source>
        <translation>筛选实例规格  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter instance types</source>
        <translation>筛选实例规格</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>出价</translation>
    </message>
    <message>
        <source>At the market price</source>
        <translation>按市场价</translation>
    </message>
    <message>
        <source>With a price limit</source>
        <translation>设置出价上限</translation>
    </message>
    <message>
        <source>&amp;Bid:</source>
        <translation>出价(&amp;B)：</translation>
    </message>
    <message>
        <source>Could not read the spot advice of %1</source>
        <translation>无法读取 %1 的抢占式实例建议</translation>
    </message>
    <message numerus="yes">
        <source>%n instance type(s)</source>
        <translation>
            <numerusform>%n 种实例规格</numerusform>
        </translation>
    </message>
    <message>
        <source>No preemptible instance type in %1 matches these filters.</source>
        <translation>%1 中没有符合这些筛选条件的抢占式实例规格。</translation>
    </message>
    <message>
        <source>Pick a cell to see its back-test and your fleet&apos;s reclaims there.</source>
        <translation>选择一个单元格，查看回测结果以及您的实例在此处的回收情况。</translation>
    </message>
    <message>
        <source>Back-testing a price limit over the last 30 days…</source>
        <translation>正在回测过去 30 天的出价上限…</translation>
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
    <message>
        <source>%1: not allocated: %2</source>
        <translation>%1：未分配：%2</translation>
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
    <name>ecs::ui::AutoRenewOnDialog</name>
    <message>
        <source>Turn auto-renew on</source>
        <translation>开启自动续费</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-renew is not on for %n subscription(s):</source>
        <translation>
            <numerusform>以下 %n 个包年包月实例未开启自动续费：</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Renew &amp;every (months):</source>
        <translation>每次续费时长（月）(&amp;E)：</translation>
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
        <source>Market price now: %1 per hour. Pay-as-you-go (on-demand): %2 per hour.</source>
        <translation>当前市场价格：每小时 %1。按量付费价格：每小时 %2。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::CalendarModel</name>
    <message>
        <source>Auto-renew on</source>
        <translation>已开启自动续费</translation>
    </message>
    <message>
        <source>Auto-renew off</source>
        <translation>未开启自动续费</translation>
    </message>
    <message>
        <source>Auto-renew not known</source>
        <translation>自动续费状态未知</translation>
    </message>
    <message>
        <source>Released then</source>
        <translation>届时释放</translation>
    </message>
    <message>
        <source>Recycling lock</source>
        <translation>回收锁定</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ecs::ui::CalendarPane</name>
    <message>
        <source>&amp;Renew due…</source>
        <translation>续费到期实例(&amp;R)…</translation>
    </message>
    <message>
        <source>Turn auto-re&amp;new on…</source>
        <translation>开启自动续费(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Move auto-release…</source>
        <translation>修改自动释放时间(&amp;M)…</translation>
    </message>
    <message>
        <source>Lifecycle events</source>
        <translation>生命周期事件</translation>
    </message>
    <message>
        <source>Preemptible interruption</source>
        <translation>抢占式实例中断</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>每日事件</translation>
    </message>
    <message>
        <source>Event kind</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>Days of notice before an expiry</source>
        <translation>到期前提前通知的天数</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>事件(&amp;E)：</translation>
    </message>
    <message>
        <source>Noti&amp;fy days ahead:</source>
        <translation>提前通知天数(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter events by instance, region or kind  (/ or Ctrl+F)</source>
        <translation>按实例、地域或类型筛选事件（/ 或 Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>筛选事件</translation>
    </message>
    <message>
        <source>Some regions&apos; events could not be read</source>
        <translation>部分地域的事件无法读取</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the events…</source>
        <translation>正在读取事件…</translation>
    </message>
    <message>
        <source>Nothing is due: no expiry, automatic release, reclaim or maintenance in sight.</source>
        <translation>近期没有到期、自动释放、回收或系统维护。</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>全部配置</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地域</translation>
    </message>
    <message>
        <source>Set when the selected instance is released</source>
        <translation>设置所选实例的释放时间</translation>
    </message>
    <message>
        <source>Select a pay-as-you-go instance&apos;s event first</source>
        <translation>请先选择一个按量付费实例的事件</translation>
    </message>
    <message>
        <source>Events of profile</source>
        <translation>事件所属账号配置</translation>
    </message>
    <message>
        <source>Events in region</source>
        <translation>事件所在地域</translation>
    </message>
    <message>
        <source>Week agenda</source>
        <translation>周日程</translation>
    </message>
    <message>
        <source>Calendar view</source>
        <translation>日历视图</translation>
    </message>
    <message>
        <source>Mon&amp;th</source>
        <translation>月(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
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
    <message>
        <source>, limit %1/h</source>
        <translation>，上限 %1/小时</translation>
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
    <name>ecs::ui::EventWeek</name>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Events of the week</source>
        <translation>本周事件</translation>
    </message>
    <message>
        <source>Day / time</source>
        <translation>日期 / 时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 所在的一周</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>无事件</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
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
    <name>ecs::ui::FleetControls</name>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>E&amp;xport table…</source>
        <translation>导出表格(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;selected rows…</source>
        <translation>导出所选行(&amp;S)…</translation>
    </message>
    <message>
        <source>Profile colour</source>
        <translation>账号配置颜色</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>账号配置 %1</translation>
    </message>
    <message>
        <source>Pro&amp;files in view:</source>
        <translation>视图中的账号配置(&amp;F)：</translation>
    </message>
    <message>
        <source>Profiles in view</source>
        <translation>视图中的账号配置</translation>
    </message>
    <message>
        <source>This profile</source>
        <translation>当前账号配置</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>全部账号配置</translation>
    </message>
    <message>
        <source>Chosen profiles</source>
        <translation>所选账号配置</translation>
    </message>
    <message>
        <source>Which profiles the Instances pane lists, each with its own client</source>
        <translation>实例窗格列出哪些账号配置的实例，每个账号配置使用各自的客户端</translation>
    </message>
    <message>
        <source>Profiles to show</source>
        <translation>要显示的账号配置</translation>
    </message>
    <message>
        <source>Saved &amp;views:</source>
        <translation>已保存的视图(&amp;V)：</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>Click a view to restore its profiles, regions, filter, columns and sort</source>
        <translation>单击视图可恢复其账号配置、地域、筛选、列和排序</translation>
    </message>
    <message>
        <source>Save the Instances pane&apos;s profiles, regions, filter, columns and sort as a named view</source>
        <translation>将实例窗格的账号配置、地域、筛选、列和排序保存为命名视图</translation>
    </message>
    <message>
        <source>Save every row of the current table as CSV (visible columns)</source>
        <translation>将当前表格的所有行保存为 CSV（可见列）</translation>
    </message>
    <message>
        <source>Save the selected rows of the current table as CSV</source>
        <translation>将当前表格的所选行保存为 CSV</translation>
    </message>
    <message>
        <source>ECS Console — %1 (protected)</source>
        <translation>ECS Console — %1（受保护）</translation>
    </message>
    <message>
        <source>ECS Console — %1</source>
        <translation>ECS Console — %1</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1（无法打开）</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>My view</source>
        <translation>我的视图</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
</context>
<context>
    <name>ecs::ui::FleetProfiles</name>
    <message>
        <source>Profile %1 cannot be opened: %2</source>
        <translation>无法打开账号配置 %1：%2</translation>
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
    <message>
        <source>profile %1 is not open.</source>
        <translation>账号配置 %1 未打开。</translation>
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
    <name>ecs::ui::InstanceTextDialog</name>
    <message>
        <source>Rename instance</source>
        <translation>重命名实例</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>修改描述</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Save description</source>
        <translation>保存描述</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Empty: no description</source>
        <translation>留空表示不设描述</translation>
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
    <message>
        <source>Profile</source>
        <translation>账号配置</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>CPU %1 % (last hour, max %2 %)</source>
        <translation>CPU %1%（最近 1 小时，最高 %2%）</translation>
    </message>
    <message>
        <source>CPU not known yet: it is asked while the row is on screen.</source>
        <translation>CPU 使用率暂未知：该行显示在屏幕上时才会查询。</translation>
    </message>
    <message>
        <source>CPU unknown: %1</source>
        <translation>CPU 使用率未知：%1</translation>
    </message>
    <message>
        <source>CPU unknown: no figures for the last hour (the instance did not run).</source>
        <translation>CPU 使用率未知：最近 1 小时没有监控数据（实例未运行）。</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
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
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>账号配置 %1</translation>
    </message>
    <message>
        <source>Filter by name, id, IP; tag:key=value  (/ or Ctrl+F)</source>
        <translation>按名称、ID、IP 筛选；标签 tag:键=值（/ 或 Ctrl+F）</translation>
    </message>
    <message>
        <source>%1 · profile %2</source>
        <translation>%1 · 账号配置 %2</translation>
    </message>
</context>
<context>
    <name>ecs::ui::InvocationRowsModel</name>
    <message>
        <source>Skipped: no agent</source>
        <translation>已跳过：无 Agent</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未下发</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>ecs::ui::InvocationView</name>
    <message>
        <source>&amp;Failed only</source>
        <translation>仅显示失败(&amp;F)</translation>
    </message>
    <message>
        <source>Run &amp;again on failed</source>
        <translation>在失败的实例上重新执行(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy output</source>
        <translation>复制输出(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save output…</source>
        <translation>保存输出(&amp;S)…</translation>
    </message>
    <message>
        <source>Results per instance</source>
        <translation>各实例的执行结果</translation>
    </message>
    <message>
        <source>Output of the selected instance</source>
        <translation>所选实例的输出</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Ask Cloud Assistant to stop the command (StopInvocation)</source>
        <translation>请云助手停止该命令（StopInvocation）</translation>
    </message>
    <message>
        <source>Save output</source>
        <translation>保存输出</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>[Output truncated: the service kept the first %1 bytes and dropped %2 more.]</source>
        <translation>[输出已截断：服务保留了前 %1 字节，丢弃了其余 %2 字节。]</translation>
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
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Spot advisor</source>
        <translation>抢占式实例顾问</translation>
    </message>
</context>
<context>
    <name>ecs::ui::MonitorChart</name>
    <message>
        <source>Monitoring range</source>
        <translation>监控时间范围</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
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
        <source>Metric</source>
        <translation>监控指标</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Network in/out</source>
        <translation>网络流入/流出</translation>
    </message>
    <message>
        <source>Disk read/write</source>
        <translation>磁盘读/写</translation>
    </message>
    <message>
        <source>Monitoring chart</source>
        <translation>监控图表</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>时间范围(&amp;R)：</translation>
    </message>
    <message>
        <source>M&amp;etric:</source>
        <translation>指标(&amp;E)：</translation>
    </message>
    <message>
        <source>Select one instance to see its monitoring.</source>
        <translation>选择一个实例以查看其监控数据。</translation>
    </message>
    <message>
        <source>Reading the monitoring data…</source>
        <translation>正在读取监控数据…</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Internet in (kbit)</source>
        <translation>公网流入 (kbit)</translation>
    </message>
    <message>
        <source>Disk read (KiB/s)</source>
        <translation>磁盘读 (KiB/s)</translation>
    </message>
    <message>
        <source>Internet out (kbit)</source>
        <translation>公网流出 (kbit)</translation>
    </message>
    <message>
        <source>Disk write (KiB/s)</source>
        <translation>磁盘写 (KiB/s)</translation>
    </message>
    <message>
        <source>No monitoring data in this range (a stopped instance sends none).</source>
        <translation>此时间范围内没有监控数据（已停止的实例不产生监控数据）。</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <source>Monitoring chart area</source>
        <translation>监控图表区域</translation>
    </message>
</context>
<context>
    <name>ecs::ui::MoveAutoReleaseDialog</name>
    <message>
        <source>Move the automatic release of %1</source>
        <translation>修改 %1 的自动释放时间</translation>
    </message>
    <message>
        <source>Release &amp;at:</source>
        <translation>释放时间(&amp;A)：</translation>
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
    <name>ecs::ui::OperationDetailsDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Retry &amp;failed only</source>
        <translation>仅重试失败部分(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>全部复制(&amp;C)</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>请求与应答</translation>
    </message>
    <message>
        <source>Send again what failed; a request with a client token is sent with the same one, so the service carries it out at most once</source>
        <translation>重新发送失败的请求；带 ClientToken 的请求沿用原令牌，服务最多执行一次</translation>
    </message>
    <message>
        <source>Send again only the batches the service refused</source>
        <translation>仅重新发送被服务拒绝的批次</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>%1 · +%2 ms · %3</source>
        <translation>%1 · +%2 毫秒 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n later request(s) not recorded</source>
        <translation>
            <numerusform>之后的 %n 个请求未记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 to %2, sent %3 ms after the start
</source>
        <translation>请求 %1 发往 %2，于开始后 %3 毫秒发送
</translation>
    </message>
    <message>
        <source>Attempt %1 failed after %2 ms: %3
  next attempt in %4 ms
</source>
        <translation>第 %1 次尝试在 %2 毫秒后失败：%3
  %4 毫秒后再次尝试
</translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>尚无应答。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in %1 ms · HTTP %2 · RequestId %3
</source>
        <translation>
            <numerusform>%n 次尝试，共 %1 毫秒 · HTTP %2 · RequestId %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Answer:
</source>
        <translation>应答：
</translation>
    </message>
    <message>
        <source>[The answer is longer; the rest is not kept.]</source>
        <translation>[应答更长；其余部分未保留。]</translation>
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
    <message>
        <source>Results…</source>
        <translation>结果…</translation>
    </message>
    <message>
        <source>Show what the command did on each instance: status, exit code, output</source>
        <translation>查看命令在每台实例上的执行情况：状态、退出码、输出</translation>
    </message>
    <message>
        <source>Show the command&apos;s results</source>
        <translation>查看命令的执行结果</translation>
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
    <message>
        <source>RAM role, assumed with this AccessKey (RamRoleArn)</source>
        <translation>RAM 角色，以此 AccessKey 扮演（RamRoleArn）</translation>
    </message>
    <message>
        <source>RAM role, assumed with another profile (ChainableRamRoleArn)</source>
        <translation>RAM 角色，以另一个配置扮演（ChainableRamRoleArn）</translation>
    </message>
    <message>
        <source>RAM role of this ECS instance (EcsRamRole)</source>
        <translation>本 ECS 实例的 RAM 角色（EcsRamRole）</translation>
    </message>
    <message>
        <source>Credentials URI</source>
        <translation>凭证 URI</translation>
    </message>
    <message>
        <source>External command</source>
        <translation>外部命令</translation>
    </message>
    <message>
        <source>Credential mode</source>
        <translation>凭证模式</translation>
    </message>
    <message>
        <source>Protected: type the profile&apos;s name before any change</source>
        <translation>受保护：任何更改前须输入账号配置名称</translation>
    </message>
    <message>
        <source>#rrggbb, e.g. #d32f2f for production</source>
        <translation>#rrggbb，例如生产环境用 #d32f2f</translation>
    </message>
    <message>
        <source>Profile colour</source>
        <translation>账号配置颜色</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>颜色(&amp;L)：</translation>
    </message>
    <message>
        <source>Shown in the account&apos;s audit trail</source>
        <translation>显示在账号的操作审计记录中</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Optional, when the role&apos;s trust policy asks</source>
        <translation>可选，角色的信任策略要求时填写</translation>
    </message>
    <message>
        <source>Optional session policy (JSON) to narrow the role</source>
        <translation>可选的会话策略（JSON），用于收窄角色权限</translation>
    </message>
    <message>
        <source>Optional, e.g. cn-hangzhou: sts.&lt;region&gt;.aliyuncs.com</source>
        <translation>可选，例如 cn-hangzhou：sts.&lt;地域&gt;.aliyuncs.com</translation>
    </message>
    <message>
        <source>Optional, e.g. https://sts.aliyuncs.com</source>
        <translation>可选，例如 https://sts.aliyuncs.com</translation>
    </message>
    <message>
        <source>Optional: the instance&apos;s role when empty</source>
        <translation>可选：留空时使用实例的角色</translation>
    </message>
    <message>
        <source>A command that prints credentials JSON</source>
        <translation>输出凭证 JSON 的命令</translation>
    </message>
    <message>
        <source>&amp;Source profile:</source>
        <translation>源配置(&amp;S)：</translation>
    </message>
    <message>
        <source>Role &amp;ARN:</source>
        <translation>角色 ARN(&amp;A)：</translation>
    </message>
    <message>
        <source>Role session na&amp;me:</source>
        <translation>角色会话名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Session &amp;duration:</source>
        <translation>会话有效期(&amp;D)：</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>外部 ID(&amp;X)：</translation>
    </message>
    <message>
        <source>Session &amp;policy:</source>
        <translation>会话策略(&amp;P)：</translation>
    </message>
    <message>
        <source>STS re&amp;gion:</source>
        <translation>STS 地域(&amp;G)：</translation>
    </message>
    <message>
        <source>STS end&amp;point:</source>
        <translation>STS 接入地址(&amp;P)：</translation>
    </message>
    <message>
        <source>RAM role &amp;name:</source>
        <translation>RAM 角色名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Metadata service:</source>
        <translation>元数据服务(&amp;M)：</translation>
    </message>
    <message>
        <source>Credentials &amp;URI:</source>
        <translation>凭证 URI(&amp;U)：</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>命令(&amp;O)：</translation>
    </message>
    <message>
        <source>Source AccessKey secret</source>
        <translation>源 AccessKey Secret</translation>
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
    <message>
        <source>Imports the profiles of ~/.aliyun/config.json (every credential mode ECS Console knows); their secrets go to the OS keychain</source>
        <translation>导入 ~/.aliyun/config.json 中的配置（ECS Console 支持的所有凭证模式）；其密钥存入系统钥匙串</translation>
    </message>
    <message>
        <source>Credentials from %1; they are obtained again when the service refuses them.</source>
        <translation>凭证来自 %1；服务拒绝时会重新获取。</translation>
    </message>
    <message>
        <source>Temporary credentials from %1, valid until %2; renewed before they expire.</source>
        <translation>临时凭证来自 %1，有效期至 %2；过期前自动续期。</translation>
    </message>
    <message>
        <source>Temporary credentials</source>
        <translation>临时凭证</translation>
    </message>
    <message>
        <source>Temporary credentials could not be renewed</source>
        <translation>临时凭证无法续期</translation>
    </message>
    <message>
        <source>Temporary credentials: not obtained yet</source>
        <translation>临时凭证：尚未获取</translation>
    </message>
    <message>
        <source>Temporary credentials until %1</source>
        <translation>临时凭证有效期至 %1</translation>
    </message>
</context>
<context>
    <name>ecs::ui::ProtectedConfirmDialog</name>
    <message>
        <source>Protected profile</source>
        <translation>受保护的账号配置</translation>
    </message>
    <message numerus="yes">
        <source>“%1” changes resources of %n protected profile(s). Type each profile&apos;s name to go on.</source>
        <translation>
            <numerusform>“%1”将更改 %n 个受保护账号配置中的资源。请输入每个账号配置的名称以继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1:</source>
        <translation>输入 %1：</translation>
    </message>
    <message>
        <source>Name of profile %1</source>
        <translation>账号配置 %1 的名称</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>继续</translation>
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
    <name>ecs::ui::RemoveTagsDialog</name>
    <message>
        <source>Remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Tag keys to remove</source>
        <translation>要移除的标签键</translation>
    </message>
    <message>
        <source>&amp;Tags to remove:</source>
        <translation>要移除的标签(&amp;T)：</translation>
    </message>
    <message>
        <source>The selected instances have no tags.</source>
        <translation>所选实例没有标签。</translation>
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
    <message>
        <source>%1 (%2): %3</source>
        <comment>profile (instances): price</comment>
        <translation>%1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): price unknown: %3</source>
        <comment>profile (instances): why</comment>
        <translation>%1（%2）：价格未知：%3</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>No total: the profiles are billed in different currencies.</source>
        <translation>无合计：各账号配置以不同币种计费。</translation>
    </message>
    <message>
        <source>No total while a profile&apos;s price is unknown.</source>
        <translation>有账号配置的价格未知，暂无合计。</translation>
    </message>
</context>
<context>
    <name>ecs::ui::RenewDueDialog</name>
    <message>
        <source>Renew subscriptions due</source>
        <translation>续费即将到期的实例</translation>
    </message>
    <message>
        <source>Renewal prices</source>
        <translation>续费价格</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Renewal price</source>
        <translation>续费价格</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续费</translation>
    </message>
    <message>
        <source>Expiring &amp;within (days):</source>
        <translation>到期时间在以下天数内(&amp;W)：</translation>
    </message>
    <message>
        <source>Renew &amp;for (months):</source>
        <translation>续费时长（月）(&amp;F)：</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>询价中…</translation>
    </message>
    <message numerus="yes">
        <source>No subscription expires within %n day(s).</source>
        <translation>
            <numerusform>%n 天内没有到期的包年包月实例。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total for %n instance(s): %1</source>
        <translation>
            <numerusform>%n 个实例合计：%1</numerusform>
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
    <name>ecs::ui::RunCommandDialog</name>
    <message>
        <source>Run command</source>
        <translation>执行命令</translation>
    </message>
    <message>
        <source>Run a command through Cloud Assistant on %1.</source>
        <translation>通过云助手在 %1 上执行命令。</translation>
    </message>
    <message>
        <source>hostname; uptime</source>
        <translation>hostname; uptime</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>default (/root or C:\Windows\system32)</source>
        <translation>默认（/root 或 C:\Windows\system32）</translation>
    </message>
    <message>
        <source>default (root or System)</source>
        <translation>默认（root 或 System）</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation>脚本(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>执行路径(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>执行用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Script type</source>
        <translation>脚本类型</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>超时时间（秒）</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>执行路径</translation>
    </message>
    <message>
        <source>User</source>
        <translation>执行用户</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>执行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the command</source>
        <translation>执行命令</translation>
    </message>
</context>
<context>
    <name>ecs::ui::SelectionActions</name>
    <message>
        <source>Run co&amp;mmand…</source>
        <translation>执行命令(&amp;M)…</translation>
    </message>
    <message>
        <source>SSH in &amp;terminal</source>
        <translation>在终端中 SSH 连接(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;opy SSH command</source>
        <translation>复制 SSH 命令(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;VNC in browser</source>
        <translation>在浏览器中 VNC 远程连接(&amp;V)</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>远程连接设置…</translation>
    </message>
    <message>
        <source>This profile is read-only: running a command changes the instances.</source>
        <translation>该配置为只读：执行命令会改变实例。</translation>
    </message>
    <message>
        <source>Select the instances to run the command on.</source>
        <translation>请选择要执行命令的实例。</translation>
    </message>
    <message>
        <source>Run a shell, PowerShell or Bat script on the selected instances</source>
        <translation>在所选实例上执行 Shell、PowerShell 或 Bat 脚本</translation>
    </message>
    <message>
        <source>Select one instance to connect to.</source>
        <translation>请选择一个要连接的实例。</translation>
    </message>
    <message>
        <source>The instance is not running.</source>
        <translation>该实例未在运行。</translation>
    </message>
    <message>
        <source>The instance has no address.</source>
        <translation>该实例没有地址。</translation>
    </message>
    <message>
        <source>The address “%1” is not an IP address.</source>
        <translation>地址“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>ssh to %1</source>
        <translation>SSH 连接到 %1</translation>
    </message>
    <message>
        <source>Open the instance&apos;s console in the service&apos;s web VNC page</source>
        <translation>在服务的网页 VNC 中打开实例的控制台</translation>
    </message>
    <message>
        <source>SSH in terminal</source>
        <translation>在终端中 SSH 连接</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>复制 SSH 命令</translation>
    </message>
    <message>
        <source>VNC in browser</source>
        <translation>在浏览器中 VNC 远程连接</translation>
    </message>
    <message>
        <source>The service sent a VNC address that is not a websocket URL.</source>
        <translation>服务返回的 VNC 地址不是 WebSocket URL。</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>远程连接设置</translation>
    </message>
    <message>
        <source>ssh&apos;s default</source>
        <translation>ssh 的默认值</translation>
    </message>
    <message>
        <source>[user@]host[:port], optional</source>
        <translation>[用户@]主机[:端口]，可选</translation>
    </message>
    <message>
        <source>Connect to the &amp;private address</source>
        <translation>连接私网地址(&amp;P)</translation>
    </message>
    <message>
        <source>Terminal command</source>
        <translation>终端命令</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH 用户</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>跳板机</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH 端口</translation>
    </message>
    <message>
        <source>Connect to the private address</source>
        <translation>连接私网地址</translation>
    </message>
    <message>
        <source>&amp;Terminal command:</source>
        <translation>终端命令(&amp;T)：</translation>
    </message>
    <message>
        <source>SSH &amp;user (%1):</source>
        <translation>SSH 用户(&amp;U)（%1）：</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>跳板机(&amp;J)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Profile %1 is not open.</source>
        <translation>配置 %1 尚未打开。</translation>
    </message>
    <message>
        <source>Profile %1 is read-only: running a command changes the instances.</source>
        <translation>配置 %1 为只读：运行命令会改变实例。</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>运行命令</translation>
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
        <source>no price yet</source>
        <translation>暂无价格</translation>
    </message>
    <message>
        <source>Spot price per hour</source>
        <translation>每小时抢占式实例价格</translation>
    </message>
    <message>
        <source>on-demand %1 dashed</source>
        <translation>按量付费价格 %1（虚线）</translation>
    </message>
    <message>
        <source>your limit %1 dotted</source>
        <translation>您的出价上限 %1（点线）</translation>
    </message>
    <message>
        <source>On-demand %1</source>
        <translation>按量付费 %1</translation>
    </message>
    <message>
        <source>Your limit %1</source>
        <translation>您的上限 %1</translation>
    </message>
    <message>
        <source>Spot price of %1 in %2, per hour</source>
        <translation>%1 在 %2 的抢占式实例价格（每小时）</translation>
    </message>
    <message>
        <source>Spot price of %1 in %2, %3 per hour</source>
        <translation>%1 在 %2 的抢占式实例价格（%3/小时）</translation>
    </message>
    <message>
        <source>Spot price of %1 in %2 · %3 (%4 – %5) · %6 per hour</source>
        <translation>%1 在 %2 的抢占式实例价格 · %3（%4 – %5）· %6/小时</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>价格</translation>
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
    <message>
        <source>Limit </source>
        <translation>上限 </translation>
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
    <name>ecs::ui::TableExport</name>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>ecs::ui::TagActions</name>
    <message>
        <source>Add &amp;tags…</source>
        <translation>添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove ta&amp;gs…</source>
        <translation>移除标签(&amp;G)…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>重命名(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit &amp;description…</source>
        <translation>修改描述(&amp;D)…</translation>
    </message>
    <message>
        <source>select one or more instances.</source>
        <translation>请选择一个或多个实例。</translation>
    </message>
    <message>
        <source>select exactly one instance.</source>
        <translation>请只选择一个实例。</translation>
    </message>
    <message>
        <source>the selected instances have no tags.</source>
        <translation>所选实例没有标签。</translation>
    </message>
    <message>
        <source>this profile is read-only.</source>
        <translation>此账号配置为只读。</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
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
