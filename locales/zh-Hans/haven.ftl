# Haven UI strings: Simplified Chinese (简体中文), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = 首页
nav-back = 返回
nav-browse = 浏览
nav-helplines = 求助热线
nav-language = 语言
nav-region = 国家
nav-search = 搜索
nav-quit = 退出
nav-open = 打开
nav-next = 下一个
nav-previous = 上一个
quick-exit = 快速离开
    .hint = 按两次 Esc 或按 F12，马上离开
keys-hint = ↑↓ 移动 · Enter 打开 · Backspace 返回 · q 退出

## Home

home-title = 我们能怎样帮您？
home-urgent = 紧急求助
home-urgent-none = 请选择您所在的国家，查看紧急电话号码。
home-categories = 信息
home-region = 您所在的国家：{ $region }
home-region-unset = 选择您所在的国家

category-understanding = 什么是现代奴役？
    .description = 什么是剥削和人口贩卖。这不是您的错。
category-signs = 识别迹象
    .description = 在工作中和家里，剥削可能是什么样子。
category-rights = 您的权利
    .description = 不管您的处境如何，您都享有的权利。
category-help = 寻求帮助
    .description = 您可以找谁说，说了以后会怎样。
category-safety = 保护安全
    .description = 保护好您自己和您的手机。
category-reporting = 报告可疑情况
    .description = 怎样把您看到的情况告诉求助热线。

article-count = { $count ->
    [0] 没有文章
   *[other] { $count } 篇文章
}

## Articles

articles-title = 全部文章
articles-empty = 没有符合的文章。请换一个类别试试。
article-machine-translation = 这篇译文是机器翻译的，还没有经过公益机构审核。
article-fallback = 这个页面还没有您的语言版本，现在用这种语言显示：{ $language }。
article-urgent = 紧急

sector-car-wash = 洗车店
sector-nail-bar = 美甲店
sector-agriculture = 农场和农业
sector-construction = 建筑工地
sector-hospitality = 酒店、餐馆和保洁
sector-domestic-work = 家政工作
sector-factory-warehouse = 工厂和仓库
sector-fishing = 捕鱼业
sector-sexual-exploitation = 性剥削
sector-criminal-exploitation = 被迫犯罪

audience-potential-victim = 适合可能正在被剥削的人
audience-public = 适合普通公众
audience-worker = 适合劳动者

## Helplines

helplines-title = 求助热线
helplines-in-region = { $region }的求助热线
helplines-everywhere = 所有国家的求助热线
helplines-empty = 我们还没有这个国家的求助热线。遇到紧急情况，请拨打当地的紧急电话。
helplines-choose-region = 选择国家
helpline-emergency = 紧急
helpline-open-always = 24 小时开放
helpline-open-until = 现在开放 · { $time } 关闭
helpline-open = 现在开放
helpline-closed-until = 现在关闭 · { $time } 开放
helpline-closed = 现在关闭
helpline-hours-unknown = 开放时间不详
helpline-time-zone = { $time }（{ $zone } 时间）
helpline-languages = 语言：{ $languages }
helpline-verified = 信息核实于 { $date }。来源：{ $source }
helpline-covers = 服务范围：{ $regions }

cost-free = 免费
cost-local-rate = 和本地电话一样收费
cost-premium = 比普通电话贵

channel-phone = 打电话
channel-sms = 发短信
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = 在线聊天
channel-email = 发电子邮件

trace-call-log = 这个号码会出现在您的通话记录里。
trace-phone-bill = 这个号码可能会出现在电话账单上。
trace-sms-thread = 您的短信会留在手机的短信应用里。
trace-browser-history = 这个网页会出现在浏览器的历史记录里。
trace-email-account = 这封邮件会留在您的邮箱里。
trace-app-account = 聊天内容会留在那个应用的记录里。

weekday-time = { $day ->
    [mon] 周一 { $time }
    [tue] 周二 { $time }
    [wed] 周三 { $time }
    [thu] 周四 { $time }
    [fri] 周五 { $time }
    [sat] 周六 { $time }
   *[sun] 周日 { $time }
}

## Search

search-title = 搜索
search-placeholder = 搜索文章和求助热线
search-empty = 没有找到。请换几个词，或少用几个词。
search-results = { $count } 条结果
search-english-added = 有些结果是英文的。
search-helplines = 求助热线
search-articles = 文章

## Language

language-title = 语言
language-current = 当前语言
language-device = 使用手机的语言

## Errors shown to the user

error-generic = 出了点问题。您的信息是安全的。请再试一次。
error-not-found = 这个页面已经没有了。

## Regions (country and area names)

region-GB = 英国
region-GB-ENG = 英格兰
region-GB-WLS = 威尔士
region-GB-SCT = 苏格兰
region-GB-NIR = 北爱尔兰
region-US = 美国
region-AL = 阿尔巴尼亚
region-RO = 罗马尼亚
region-UA = 乌克兰
region-PL = 波兰
region-VN = 越南
region-AT = 奥地利
region-BE = 比利时
region-BG = 保加利亚
region-HR = 克罗地亚
region-CY = 塞浦路斯
region-CZ = 捷克
region-DK = 丹麦
region-EE = 爱沙尼亚
region-FI = 芬兰
region-FR = 法国
region-DE = 德国
region-GR = 希腊
region-IE = 爱尔兰
region-IT = 意大利
region-LV = 拉脱维亚
region-LT = 立陶宛
region-LU = 卢森堡
region-MT = 马耳他
region-NL = 荷兰
region-PT = 葡萄牙
region-SK = 斯洛伐克
region-SI = 斯洛文尼亚
region-ES = 西班牙
region-SE = 瑞典
region-HU = 匈牙利

## Safety: the disguise calculator

calc-title = 计算器
calc-memory = 存储
calc-error-divide-by-zero = 不能除以 0
calc-error-overflow = 数字太大
calc-key-point = 小数点
calc-key-add = 加
calc-key-subtract = 减
calc-key-multiply = 乘以
calc-key-divide = 除以
calc-key-equals = 等于
calc-key-percent = 百分比
calc-key-sign = 切换正负号
calc-key-clear = 清除当前输入
calc-key-all-clear = 全部清除
calc-key-backspace = 删除最后一位
calc-key-memory-clear = 清除存储
calc-key-memory-recall = 读取存储
calc-key-memory-add = 加到存储
calc-key-memory-subtract = 从存储中减去

## Safety: unlock

unlock-title = 请输入密码
unlock-code = 密码
unlock-submit = 打开
unlock-wrong = 密码不对。
unlock-wait = 试了太多次。请等 { $seconds } 秒。

## Safety: settings

safety-title = 安全
safety-unlock-code = 解锁密码
    .hint = 4 到 12 位数字。每次打开 Haven 都要输入。
safety-protect-key = 也用这个密码锁住 Haven 的数据
safety-duress-code = 紧急密码
    .hint = 如果有人逼您打开 Haven，请输入这个密码，不要输入平时的密码。Haven 会像平常一样打开，但您保存的所有内容都会被删除。
safety-disguise = 伪装
    .hint = Haven 在您手机上的样子。
safety-disguise-none = 不伪装
safety-disguise-calculator = 计算器
safety-disguise-notes = 备忘录
safety-disguise-weather = 天气
safety-auto-lock = 离开 Haven 时锁定
safety-auto-lock-never = 从不
safety-auto-lock-now = 立即
safety-auto-lock-after = { $minutes } 分钟后
safety-wipe-after = 密码输错几次后删除全部内容
safety-wipe-after-count = 输错 { $count } 次后
safety-exit-page = 快速离开时打开的页面
safety-wipe = 现在删除全部内容
    .hint = 删除您的报告和设置。帮助页面会保留。
safety-wipe-confirm = 删除全部内容吗？删除后无法恢复。
safety-saved = 已保存。
safety-code-mismatch = 两次输入的密码不一样。
safety-error-code = 密码为 { $min } 到 { $max } 位数字，只能使用 0–9。
safety-error-same-codes = 紧急密码必须与解锁密码不同。
safety-error-no-code = 尚未设置解锁密码。请先设置一个。
safety-error-auto-lock = Haven 最多只能等待一天再锁定。请选择更短的时间，或选择从不。
safety-error-wipe-after = 请选择输错 { $min } 到 { $max } 次，或选择从不。
safety-error-exit-page = 离开页面必须是以 https:// 开头的网址
safety-error-unknown-disguise = 没有这种伪装。请从以下选项中选择一个：{ $choices }
safety-error-not-a-number = 请输入一个数字，或输入 { $never }。

## Content preview (haven-hub preview, for NGO editors)

preview-title = Haven 内容预览
preview-notice = 供内容编辑使用的预览：在您用 haven-hub 发布之前，这里的内容都不会发布。
preview-not-translated = 尚无此语言版本
preview-hours = 服务时间（{ $zone }）：{ $hours }
review-original = 原文
review-machine = 机器翻译，尚未审核
review-reviewed = 已审核的翻译

## Content updates (sync)

sync-title = 内容更新
sync-checking = 正在检查更新…
sync-checking-publisher = 正在检查 { $publisher }（第 { $index } 个，共 { $total } 个）…
sync-downloading = 正在从 { $publisher } 下载：{ $done } / { $total }
sync-applying = 正在保存更新…
sync-updated = { $publisher }：已更新到版本 { $version }（{ $articles } 篇文章，{ $helplines } 条求助热线）
sync-removed = { $publisher }：已不再受信任，它的页面已被删除
sync-refused = { $publisher }：更新被拒绝（{ $reason }）；您现有的页面会保留
sync-nothing-new = 所有内容都是最新的。
sync-age = { $publisher }：{ $days ->
    [0] 今天发布
   *[other] { $days } 天前发布
}
sync-age-expired = { $publisher }：{ $days } 天前发布；无法检查是否有更新的版本，所以这些页面可能已经过时
sync-reason-signature = 没有用受信任的密钥签名
sync-reason-scope = 超出了这个发布者可以发布的范围
sync-reason-rollback = 比您现有的版本旧
sync-reason-expired = 已过期
sync-reason-network = 网络或服务器出错
sync-reason-invalid = 内容已损坏或无效
sync-no-source = 还没有设置更新地址：请提供一个，例如 haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = 报告疑虑
report-new = 向 { $helpline } 提交新报告
report-no-form = 此热线尚未通过 Haven 接收报告。
report-next = 下一步
report-back = 返回
report-review = 检查
report-optional = 可选
report-saved = 已加密保存在此手机上。
report-progress = 第 { $step } 步，共 { $total } 步
report-place-text = 描述地点
report-postcode = 邮编或城镇（可选）
report-use-location = 使用我的位置（约 1 公里）
report-location-shared = 已分享大致位置
report-contact-anonymous = 保持匿名
report-contact-phone = 电话
report-contact-email = 电子邮件
report-contact-value = 号码或地址
report-safe-times = 方便接听电话的安全时间
report-may-leave-message = 可以留言
report-message-yes = 可以留言
report-message-no = 请不要留言
report-date-hint = 日期格式为 YYYY-MM-DD
report-datetime-hint = 日期和时间格式为 YYYY-MM-DD HH:MM
report-not-answered = 未回答
report-error-required = 请回答这个问题。
report-error-too-long = 内容过长：最多 { $max } 个字符。
report-error-not-an-option = 请选择其中一个选项。
report-error-wrong-kind = 此回答不适用于这个问题。
report-error-not-a-date = 请输入真实日期，例如 2026-11-20。
report-error-in-future = 这个日期在未来。
report-error-control-characters = 文本包含无法发送的字符。
report-error-bad-phone = 这看起来不像电话号码。
report-error-bad-email = 这看起来不像电子邮件地址。
report-error-contact-missing = 请填写号码或地址，或选择保持匿名。
report-error-bad-location = 无法读取位置。
report-error-report-too-large = 报告太长，无法发送。请缩短最长的回答。
report-review-title = 检查您的报告
report-review-missing = 缺少必填回答：{ $count }
report-submit = 发送报告
report-edit = 修改
report-privacy = 只有 { $helpline } 能阅读这份报告。报告在离开您的手机前就已加密，除非您选择被联系，否则不包含您的姓名或电话。
report-offline = 没有网络？报告会保存在此手机上，恢复联网后自动发送。
report-outbox-title = 您的报告
report-outbox-empty = 还没有报告。
report-send-now = 立即发送
report-cancel = 取消发送
report-delete = 删除
report-state-draft = 草稿，未发送
report-state-queued = 等待发送
report-state-sending = 正在发送…
report-state-received = 热线已收到
report-state-failed = 热线未接受（{ $reason }）
report-state-retrying = 等待重试（已尝试：{ $attempts }）
report-reference = 您的参考编号：{ $reference }
report-deliver-summary = 已送达：{ $delivered } · 等待中：{ $waiting } · 未被接受：{ $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = 便笺
cover-weather-text = 暂无天气预报。
safety-code-current = 当前密码
safety-code-confirm = 再次输入密码
safety-save = 保存
safety-remove = 移除

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = 仅在 Wi-Fi 下进行后台更新
    .hint = 开启后，Haven 会等到连上 Wi-Fi 才在后台检查新的帮助页面或发送您的报告，因此不会使用移动数据。关闭后，会使用任何网络连接。
background-wifi-only-on = 仅在 Wi-Fi 下进行后台更新。Haven 会等待 Wi-Fi，不会在后台使用移动数据。
background-wifi-only-off = 仅在 Wi-Fi 下进行后台更新。Haven 可能会在后台使用移动数据。
