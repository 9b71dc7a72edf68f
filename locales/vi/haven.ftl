# Haven UI strings: Vietnamese (Tiếng Việt), translated from English.
# review-status: machine

## App and navigation

# untranslated: brand name, the same in every language
app-name = Haven
nav-home = Trang chủ
nav-back = Quay lại
nav-browse = Xem thông tin
nav-helplines = Đường dây hỗ trợ
nav-language = Ngôn ngữ
nav-region = Quốc gia
nav-search = Tìm kiếm
nav-quit = Thoát
nav-open = Mở
nav-next = Tiếp
nav-previous = Trước
quick-exit = Thoát nhanh
    .hint = Nhấn Esc hai lần hoặc F12 để thoát ngay
keys-hint = ↑↓ di chuyển · Enter mở · Backspace quay lại · q thoát

## Home

home-title = Chúng tôi có thể giúp gì cho bạn?
home-urgent = Trợ giúp khẩn cấp
home-urgent-none = Hãy chọn quốc gia của bạn để xem các số điện thoại khẩn cấp.
home-categories = Thông tin
home-region = Quốc gia của bạn: { $region }
home-region-unset = Chọn quốc gia của bạn

category-understanding = Nô lệ hiện đại là gì?
    .description = Bóc lột và mua bán người là gì. Đó không phải là lỗi của bạn.
category-signs = Nhận biết dấu hiệu
    .description = Bóc lột có thể trông như thế nào, ở nơi làm việc và ở nhà.
category-rights = Quyền của bạn
    .description = Những quyền bạn luôn có, dù hoàn cảnh của bạn thế nào.
category-help = Tìm sự giúp đỡ
    .description = Bạn có thể nói chuyện với ai, và sau đó điều gì sẽ xảy ra.
category-safety = Giữ an toàn
    .description = Giữ an toàn cho bản thân và điện thoại của bạn.
category-reporting = Báo về điều đáng lo ngại
    .description = Cách kể cho đường dây hỗ trợ những gì bạn đã thấy.

article-count = { $count ->
    [0] Không có bài viết nào
   *[other] { $count } bài viết
}

## Articles

articles-title = Tất cả bài viết
articles-empty = Không có bài viết phù hợp. Hãy thử mục khác.
article-machine-translation = Bản dịch này do máy làm và chưa được một tổ chức phi chính phủ kiểm tra.
article-fallback = Trang này chưa có bằng ngôn ngữ của bạn. Trang được hiển thị bằng: { $language }.
article-urgent = Khẩn cấp

sector-car-wash = Tiệm rửa xe
sector-nail-bar = Tiệm làm móng
sector-agriculture = Trang trại và nông nghiệp
sector-construction = Xây dựng
sector-hospitality = Khách sạn, nhà hàng và dọn dẹp
sector-domestic-work = Giúp việc gia đình
sector-factory-warehouse = Nhà máy và kho hàng
sector-fishing = Đánh bắt cá
sector-sexual-exploitation = Bóc lột tình dục
sector-criminal-exploitation = Bị ép làm việc phạm pháp

audience-potential-victim = Dành cho người có thể đang bị bóc lột
audience-public = Dành cho người dân
audience-worker = Dành cho người lao động

## Helplines

helplines-title = Đường dây hỗ trợ
helplines-in-region = Đường dây hỗ trợ tại { $region }
helplines-everywhere = Đường dây hỗ trợ ở mọi quốc gia
helplines-empty = Chúng tôi chưa có đường dây hỗ trợ cho quốc gia này. Khi khẩn cấp, hãy gọi số khẩn cấp tại nơi bạn ở.
helplines-choose-region = Chọn quốc gia
helpline-emergency = Khẩn cấp
helpline-open-always = Hoạt động 24 giờ
helpline-open-until = Đang mở · đóng lúc { $time }
helpline-open = Đang mở
helpline-closed-until = Đang đóng · mở lúc { $time }
helpline-closed = Hiện đang đóng
helpline-hours-unknown = Không rõ giờ hoạt động
helpline-time-zone = { $time } (giờ { $zone })
helpline-languages = Ngôn ngữ: { $languages }
helpline-verified = Thông tin đã được kiểm tra ngày { $date }. Nguồn: { $source }
helpline-covers = Phạm vi: { $regions }

cost-free = Liên hệ miễn phí
cost-local-rate = Giá như một cuộc gọi nội hạt
cost-premium = Đắt hơn cuộc gọi thông thường

channel-phone = Gọi điện
channel-sms = Nhắn tin
# untranslated: brand name, the same in every language
channel-whatsapp = WhatsApp
channel-webchat = Trò chuyện trực tuyến
channel-email = Gửi email

trace-call-log = Số điện thoại sẽ hiện trong lịch sử cuộc gọi.
trace-phone-bill = Số điện thoại có thể hiện trên hóa đơn điện thoại.
trace-sms-thread = Tin nhắn của bạn vẫn còn trong ứng dụng tin nhắn của điện thoại.
trace-browser-history = Trang này sẽ hiện trong lịch sử trình duyệt.
trace-email-account = Email vẫn còn trong tài khoản email của bạn.
trace-app-account = Cuộc trò chuyện vẫn còn trong lịch sử của ứng dụng đó.

weekday-time = { $day ->
    [mon] T2 { $time }
    [tue] T3 { $time }
    [wed] T4 { $time }
    [thu] T5 { $time }
    [fri] T6 { $time }
    [sat] T7 { $time }
   *[sun] CN { $time }
}

## Search

search-title = Tìm kiếm
search-placeholder = Tìm bài viết và đường dây hỗ trợ
search-empty = Không tìm thấy gì. Hãy thử từ khác hoặc ít từ hơn.
search-results = { $count ->
   *[other] { $count } kết quả
}
search-english-added = Một số kết quả bằng tiếng Anh.
search-helplines = Đường dây hỗ trợ
search-articles = Bài viết

## Language

language-title = Ngôn ngữ
language-current = Ngôn ngữ hiện tại
language-device = Dùng ngôn ngữ của điện thoại

## Errors shown to the user

error-generic = Đã xảy ra lỗi. Thông tin của bạn vẫn an toàn. Vui lòng thử lại.
error-not-found = Trang này không còn nữa.

## Regions (country and area names)

region-GB = Vương quốc Anh
region-GB-ENG = Anh
region-GB-WLS = Xứ Wales
# untranslated: the country has the same name in Vietnamese
region-GB-SCT = Scotland
region-GB-NIR = Bắc Ireland
region-US = Hoa Kỳ
# untranslated: the country has the same name in Vietnamese
region-AL = Albania
# untranslated: the country has the same name in Vietnamese
region-RO = Romania
region-UA = Ukraina
region-PL = Ba Lan
region-VN = Việt Nam
region-AT = Áo
region-BE = Bỉ
# untranslated: the country has the same name in Vietnamese
region-BG = Bulgaria
# untranslated: the country has the same name in Vietnamese
region-HR = Croatia
region-CY = Síp
region-CZ = Séc
region-DK = Đan Mạch
# untranslated: the country has the same name in Vietnamese
region-EE = Estonia
region-FI = Phần Lan
region-FR = Pháp
region-DE = Đức
region-GR = Hy Lạp
# untranslated: the country has the same name in Vietnamese
region-IE = Ireland
region-IT = Ý
# untranslated: the country has the same name in Vietnamese
region-LV = Latvia
region-LT = Litva
# untranslated: the country has the same name in Vietnamese
region-LU = Luxembourg
# untranslated: the country has the same name in Vietnamese
region-MT = Malta
region-NL = Hà Lan
region-PT = Bồ Đào Nha
# untranslated: the country has the same name in Vietnamese
region-SK = Slovakia
# untranslated: the country has the same name in Vietnamese
region-SI = Slovenia
region-ES = Tây Ban Nha
region-SE = Thụy Điển
# untranslated: the country has the same name in Vietnamese
region-HU = Hungary

## Safety: the disguise calculator

calc-title = Máy tính
calc-memory = Bộ nhớ
calc-error-divide-by-zero = Không thể chia cho 0
calc-error-overflow = Số quá lớn
calc-key-point = dấu phẩy thập phân
calc-key-add = cộng
calc-key-subtract = trừ
calc-key-multiply = nhân
calc-key-divide = chia
calc-key-equals = bằng
calc-key-percent = phần trăm
calc-key-sign = đổi dấu
calc-key-clear = xóa số vừa nhập
calc-key-all-clear = xóa tất cả
calc-key-backspace = xóa chữ số cuối
calc-key-memory-clear = xóa bộ nhớ
calc-key-memory-recall = gọi lại bộ nhớ
calc-key-memory-add = cộng vào bộ nhớ
calc-key-memory-subtract = trừ khỏi bộ nhớ

## Safety: unlock

unlock-title = Nhập mã của bạn
unlock-code = Mã
unlock-submit = Mở
unlock-wrong = Mã không đúng.
unlock-wait = { $seconds ->
   *[other] Bạn đã thử quá nhiều lần. Hãy đợi { $seconds } giây.
}

## Safety: settings

safety-title = An toàn
safety-unlock-code = Mã mở khóa
    .hint = Từ 4 đến 12 chữ số. Haven sẽ hỏi mã này mỗi lần mở.
safety-protect-key = Dùng mã này để khóa cả dữ liệu của Haven
safety-duress-code = Mã khẩn cấp
    .hint = Nếu có người ép bạn mở Haven, hãy nhập mã này thay cho mã thường. Haven sẽ mở như bình thường, nhưng mọi thứ bạn đã lưu sẽ bị xóa.
safety-disguise = Ngụy trang
    .hint = Haven trông như thế nào trên điện thoại của bạn.
safety-disguise-none = Không ngụy trang
safety-disguise-calculator = Máy tính
safety-disguise-notes = Ghi chú
safety-disguise-weather = Thời tiết
safety-auto-lock = Khóa khi tôi rời khỏi Haven
safety-auto-lock-never = Không bao giờ
safety-auto-lock-now = Ngay lập tức
safety-auto-lock-after = { $minutes ->
   *[other] Sau { $minutes } phút
}
safety-wipe-after = Xóa tất cả sau nhiều lần nhập sai mã
safety-wipe-after-count = { $count ->
   *[other] Sau { $count } lần nhập sai mã
}
safety-exit-page = Trang sẽ mở ra khi thoát nhanh
safety-wipe = Xóa tất cả ngay bây giờ
    .hint = Xóa các báo cáo và cài đặt của bạn. Các trang trợ giúp vẫn còn.
safety-wipe-confirm = Xóa tất cả? Bạn sẽ không thể lấy lại.
safety-saved = Đã lưu.
safety-code-mismatch = Hai mã không giống nhau.
safety-error-code = Mã gồm từ { $min } đến { $max } chữ số, chỉ dùng 0–9.
safety-error-same-codes = Mã khẩn cấp phải khác mã mở khóa.
safety-error-no-code = Chưa đặt mã mở khóa. Hãy đặt mã trước.
safety-error-auto-lock = Haven chỉ có thể chờ tối đa một ngày trước khi khóa. Hãy chọn thời gian ngắn hơn, hoặc không bao giờ.
safety-error-wipe-after = Hãy chọn từ { $min } đến { $max } lần nhập sai mã, hoặc không bao giờ.
safety-error-exit-page = Trang thoát phải là một địa chỉ web bắt đầu bằng https://
safety-error-unknown-disguise = Không có kiểu ngụy trang này. Hãy chọn một trong: { $choices }
safety-error-not-a-number = Hãy nhập một số, hoặc { $never }.

## Content preview (haven-hub preview, for NGO editors)

preview-title = Xem trước nội dung Haven
preview-notice = Bản xem trước cho người biên tập nội dung: chưa có gì ở đây được xuất bản cho đến khi bạn xuất bản bằng haven-hub.
preview-not-translated = Chưa có bằng ngôn ngữ này
preview-hours = Giờ làm việc ({ $zone }): { $hours }
review-original = Văn bản gốc
review-machine = Bản dịch máy, chưa được kiểm tra
review-reviewed = Bản dịch đã được kiểm tra

## Content updates (sync)

sync-title = Cập nhật nội dung
sync-checking = Đang kiểm tra bản cập nhật…
sync-checking-publisher = Đang kiểm tra { $publisher } ({ $index } trong số { $total })…
sync-downloading = Đang tải từ { $publisher }: { $done } trong số { $total }
sync-applying = Đang lưu các bản cập nhật…
sync-updated = { $publisher }: đã cập nhật lên phiên bản { $version } ({ $articles ->
   *[other] { $articles } bài viết
}, { $helplines ->
   *[other] { $helplines } đường dây hỗ trợ
})
sync-removed = { $publisher }: không còn được tin cậy; các trang của nguồn này đã bị xóa
sync-refused = { $publisher }: bản cập nhật bị từ chối ({ $reason }); các trang bạn đang có vẫn được giữ lại
sync-nothing-new = Mọi thứ đều đã được cập nhật.
sync-age = { $publisher }: đăng { $days ->
    [0] hôm nay
   *[other] { $days } ngày trước
}
sync-age-expired = { $publisher }: đăng { $days ->
   *[other] { $days } ngày trước
}; không kiểm tra được phiên bản mới hơn, nên các trang này có thể đã cũ
sync-reason-signature = không được ký bằng khóa đáng tin cậy
sync-reason-scope = nằm ngoài phạm vi mà nguồn này được phép đăng
sync-reason-rollback = cũ hơn phiên bản bạn đang có
sync-reason-expired = đã hết hạn
sync-reason-network = lỗi mạng hoặc máy chủ
sync-reason-invalid = nội dung bị hỏng hoặc không hợp lệ
sync-no-source = Chưa có địa chỉ cập nhật: hãy nhập một địa chỉ, ví dụ haven sync https://example.org/haven

## Report a concern (issue 5: report forms, review, outbox)

report-menu = Báo cáo mối lo ngại
report-new = Báo cáo mới gửi { $helpline }
report-no-form = Đường dây này chưa nhận báo cáo qua Haven.
report-next = Tiếp
report-back = Quay lại
report-review = Xem lại
report-optional = Không bắt buộc
report-saved = Đã lưu trên điện thoại này, được mã hóa.
report-progress = Bước { $step } / { $total }
report-place-text = Mô tả địa điểm
report-postcode = Mã bưu điện hoặc thị trấn (không bắt buộc)
report-use-location = Dùng vị trí của tôi (khoảng 1 km)
report-location-shared = Đã chia sẻ vị trí gần đúng
report-contact-anonymous = Ẩn danh
report-contact-phone = Điện thoại
report-contact-email = Thư điện tử
report-contact-value = Số điện thoại hoặc địa chỉ
report-safe-times = Giờ an toàn để gọi
report-may-leave-message = Có thể để lại lời nhắn
report-message-yes = Có thể để lại lời nhắn
report-message-no = Đừng để lại lời nhắn
report-date-hint = Ngày theo dạng NNNN-TT-NN
report-datetime-hint = Ngày giờ theo dạng NNNN-TT-NN GG:PP
report-not-answered = Chưa trả lời
report-error-required = Vui lòng trả lời câu hỏi này.
report-error-too-long = Quá dài: tối đa { $max } ký tự.
report-error-not-an-option = Vui lòng chọn một trong các lựa chọn.
report-error-wrong-kind = Câu trả lời này không phù hợp với câu hỏi.
report-error-not-a-date = Vui lòng nhập một ngày có thật, ví dụ 2026-11-20.
report-error-in-future = Ngày này ở trong tương lai.
report-error-control-characters = Văn bản có ký tự không thể gửi.
report-error-bad-phone = Đây có vẻ không phải số điện thoại.
report-error-bad-email = Đây có vẻ không phải địa chỉ email.
report-error-contact-missing = Vui lòng nhập số điện thoại hoặc địa chỉ, hoặc chọn ẩn danh.
report-error-bad-location = Không đọc được vị trí.
report-error-report-too-large = Báo cáo quá dài để gửi. Vui lòng rút ngắn các câu trả lời dài nhất.
report-review-title = Kiểm tra báo cáo của bạn
report-review-missing = Còn thiếu câu trả lời bắt buộc: { $count }
report-submit = Gửi báo cáo
report-edit = Sửa
report-privacy = Chỉ { $helpline } mới đọc được báo cáo này. Báo cáo được khóa trước khi rời điện thoại và không có tên hay số điện thoại của bạn, trừ khi bạn chọn được liên hệ.
report-offline = Không có kết nối? Báo cáo sẽ chờ trên điện thoại và được gửi khi bạn có mạng trở lại.
report-outbox-title = Báo cáo của bạn
report-outbox-empty = Chưa có báo cáo nào.
report-send-now = Gửi ngay
report-cancel = Hủy gửi
report-delete = Xóa
report-state-draft = Bản nháp, chưa gửi
report-state-queued = Đang chờ gửi
report-state-sending = Đang gửi…
report-state-received = Đường dây đã nhận
report-state-failed = Đường dây không chấp nhận ({ $reason })
report-state-retrying = Đang chờ thử lại (số lần thử: { $attempts })
report-reference = Mã tham chiếu của bạn: { $reference }
report-deliver-summary = Đã gửi: { $delivered } · Đang chờ: { $waiting } · Không được chấp nhận: { $failed }

## Mobile shells: disguise covers and the safety form

cover-notes-placeholder = Ghi chú
cover-weather-text = Hiện chưa có dự báo.
safety-code-current = Mã hiện tại
safety-code-confirm = Nhập lại mã
safety-save = Lưu
safety-remove = Xóa

## Mobile shells: background work (sync and report sending started by the phone)

background-wifi-only = Chỉ cập nhật nền qua Wi-Fi
    .hint = Khi bật, Haven chờ có Wi-Fi rồi mới kiểm tra trang trợ giúp mới hoặc gửi báo cáo của bạn ở chế độ nền, nên không dùng dữ liệu di động. Khi tắt, Haven dùng bất kỳ kết nối nào.
background-wifi-only-on = Chỉ cập nhật nền qua Wi-Fi. Haven chờ có Wi-Fi và không dùng dữ liệu di động ở chế độ nền.
background-wifi-only-off = Chỉ cập nhật nền qua Wi-Fi. Haven có thể dùng dữ liệu di động ở chế độ nền.
