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

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = 便笺
cover-weather-text = 暂无天气预报。
safety-code-current = 当前密码
safety-code-confirm = 再次输入密码
safety-save = 保存
safety-remove = 移除
