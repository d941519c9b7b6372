# Thông báo của danvan bằng tiếng Việt.
#
# Mỗi id ở đây đều có trong en.ftl, với cùng các biến ({ $x }); nếu không,
# một kiểm thử sẽ báo lỗi, cũng như khi có id không được mã nguồn nào dùng.
# Viết như cán bộ văn phòng vẫn nói: thành viên, đơn vị, chi bộ, mô hình,
# việc đăng ký, báo cáo tháng, tự đánh giá, xếp loại, sơ kết.
# Lời trợ giúp (--help) của các lệnh và tùy chọn nằm trong vi-help.ftl.

## Các dòng của một lỗi

error-prefix = lỗi
hint-prefix = gợi ý

## Đơn vị, mã thành viên hoặc mã mô hình không có
## $typed: chữ đã gõ, trong ngoặc kép

unknown-unit = không có đơn vị { $typed }: chưa từng có thành viên nào thuộc đơn vị này
unknown-member = không có thành viên nào mang mã { $typed }
unknown-model = không có mô hình nào mang mã { $typed }
# $near: những cách viết gần nhất đang có; $then: gợi ý đi sau
hint-did-you-mean = có phải là { $near }? { $then }
hint-see-units = xem danh sách đơn vị bằng `danvan unit list --all`
hint-find-member-by-name = muốn tìm thành viên theo tên, chạy `danvan member find "{ $name }"`
hint-see-members = xem các mã bằng `danvan member list --all`
hint-see-models = xem các mã bằng `danvan model list`, hoặc thêm mô hình trước bằng `danvan model add MÃ --name … --field …`

## Thành viên mới mà mã đã có người dùng

member-exists = đã có thành viên { $code } ({ $name })
hint-member-exists = hãy chọn mã khác, hoặc sửa thông tin thành viên này bằng `danvan member edit { $code }`

## reports: việc đăng ký, báo cáo tháng, tổng hợp, sơ kết, dữ liệu mẫu
## Tháng ($month) viết tháng 11/2026, ngày ($date, $on, $today, $first) viết 27/11/2026.
## Tháng trong lệnh cần gõ ($month trong gợi ý, $month_arg) vẫn viết YYYY-MM.

pledge-not-an-item = { $typed } không phải là một việc đăng ký: hãy viết MÃ/NĂM/SỐ
hint-pledge-not-an-item = ví dụ NV001/2026/2; xem các việc bằng `danvan pledge list --member NV001`
# $when: pledge-member-left-on hoặc pledge-member-joined-on
pledge-not-active-in-year = thành viên { $code } ({ $name }) không công tác ngày nào trong năm { $year }: { $when }
pledge-member-left-on = đã rời cơ quan ngày { $date }
pledge-member-joined-on = vào cơ quan ngày { $date }
hint-pledge-not-active = chỉ đăng ký việc cho năm thành viên có công tác; hãy kiểm tra --year, hoặc ngày vào, ngày rời của thành viên bằng `danvan member show { $code }`
pledge-member-vanished = không còn thấy thành viên { $code } trong dữ liệu
pledge-no-such-item = { $member } không có việc đăng ký số { $no } trong năm { $year }
hint-pledge-see-items = xem các việc của { $code } bằng `danvan pledge list --member { $code } --year { $year }`
# $n: số báo cáo; $months: các tháng của chúng
pledge-item-reported = không xóa được việc { $item }: có { $n } báo cáo tháng nhắc đến việc này ({ $months })
# Danh sách các tháng: tháng đầu, rồi các tháng còn lại
pledge-month-list = { $first }, { $rest }
hint-pledge-item-reported = xem các báo cáo đó bằng `danvan report show { $code } --month { $month }`; muốn báo cáo không còn việc này thì ghi lại cả báo cáo bằng `danvan report add { $code } --month { $month } --item SỐ=KẾT-QUẢ … --replace`
# Các dòng trong danh sách lỗi của một lần nhập tệp
pledge-row-text = { $text }
pledge-row-hinted = { $message }; { $hint }
# $key: tên cột trong tệp (year, field, month …)
pledge-row-cell = { $key }: { $problem }
pledge-row-not-active = thành viên { $code } không công tác ngày nào trong năm { $year }; hãy kiểm tra năm, hoặc ngày vào, ngày rời của thành viên
pledge-row-bad-no = no: { $cell } không phải là số thứ tự của việc (1, 2, 3 …; hoặc để trống)
pledge-row-no-model = model: không có mô hình nào mang mã { $code }; xem các mã bằng `danvan model list`
pledge-row-twice = việc { $item } có hai lần trong tệp
pledge-row-exists = việc { $item } đã có; thêm --replace để ghi đè, hoặc để trống cột `no` để thêm việc mới

report-not-an-item-status = { $typed } không phải là kết quả của một việc: hãy viết SỐ=KẾT-QUẢ hoặc SỐ=KẾT-QUẢ:GHI-CHÚ
report-not-an-item-status-hint = ví dụ --item 1=done hoặc --item "2=chưa làm được:chờ kinh phí"; các kết quả là { $codes } (hoặc ghi bằng tiếng Việt: đã làm, đang làm, chưa làm được)
report-not-items-status-hint = ví dụ --item 1=done, --item 1,2,3=done, --item 1-3=done hoặc --item "2=chưa làm được:chờ kinh phí"; các kết quả là { $codes } (hoặc ghi bằng tiếng Việt: đã làm, đang làm, chưa làm được)
report-month-not-begun = { $month } chưa bắt đầu (hôm nay là { $today }); chỉ báo cáo cho tháng này hoặc các tháng trước
report-member-not-active = thành viên không công tác ngày nào trong { $month }: { $when }
report-submitted-after-today = ngày nộp { $on } muộn hơn hôm nay ({ $today })
report-submitted-before-month = ngày nộp { $on } sớm hơn ngày đầu của { $month }
# $problem: một trong bốn lỗi trên
report-cannot-record = không ghi được báo cáo của { $code } ({ $name }) cho { $month }: { $problem }
hint-report-give-on = ghi ngày nộp báo cáo bằng --on, từ { $first } đến { $today }; không có --on thì lấy ngày hôm nay
hint-report-check-month = hãy kiểm tra --month: `this` là tháng này, `last` là tháng trước
hint-report-check-member = hãy kiểm tra --month, hoặc ngày vào, ngày rời của thành viên bằng `danvan member show { $code }`
report-no-pledge = { $code } ({ $name }) chưa đăng ký việc nào cho năm { $year }, nên chưa có gì để báo cáo
hint-report-register-first = hãy đăng ký việc trước: danvan pledge add { $code } --year { $year } --field LĨNH-VỰC "…"
report-no-pledge-to-show = { $code } ({ $name }) chưa đăng ký việc nào cho năm { $year }, nên không có báo cáo để xem
hint-report-see-pledges = xem các việc đăng ký bằng `danvan pledge list --member { $code }`
report-no-item = báo cáo phải ghi ít nhất một việc
report-no-item-hint = thêm --item SỐ=KẾT-QUẢ, ví dụ --item 1=done, hoặc --all KẾT-QUẢ
report-item-twice = việc số { $no } được ghi hai lần
report-item-twice-hint = mỗi việc chỉ ghi một lần, bằng --item SỐ=KẾT-QUẢ
# $items: các số việc thành viên đã đăng ký
report-not-pledged = { $code } không có việc số { $no } trong năm { $year } (các việc đã đăng ký: { $items })
hint-report-see-items = xem các việc bằng `danvan pledge list --member { $code } --year { $year }`
report-exists = { $code } đã có báo cáo { $month } (nộp ngày { $on })
hint-report-exists = xem báo cáo bằng `danvan report show { $code } --month { $month }`; thêm --replace để thay cả báo cáo
report-template-not-begun = { $month } chưa bắt đầu (hôm nay là { $today }); chưa ai phải báo cáo tháng này
report-template-not-begun-hint = hãy chọn tháng này hoặc một tháng trước: --month this, --month last hoặc YYYY-MM
report-row-empty-code = member: mã thành viên bị để trống
report-row-refused-see = báo cáo của { $code } cho { $month } không được nhận (xem dòng { $line })
report-row-dates-differ = submitted_on { $on } khác với ngày { $first } ở dòng { $line } của cùng báo cáo ({ $code }, { $month }); mỗi báo cáo chỉ có một ngày nộp
report-row-bad-item = item: { $cell } không phải là số thứ tự của việc (số của việc đăng ký: 1, 2, 3 …)
report-row-not-pledged = item: { $code } không có việc đăng ký số { $no } trong năm { $year }; xem `danvan pledge list --member { $code } --year { $year }`
report-row-item-twice = việc số { $no } có hai lần trong báo cáo của { $code } cho { $month }
report-row-refused = báo cáo của { $code } cho { $month } không được nhận: { $problem }
report-row-exists = { $code } đã có báo cáo { $month }; thêm --replace để thay cả báo cáo, hoặc xem báo cáo bằng `danvan report show { $code } --month { $month_arg }`

summary-from-after-to = năm --from { $from } ở sau năm --to { $to }
summary-from-after-to-hint = ghi năm đầu của kỳ bằng --from và năm cuối bằng --to
summary-to-after-current = năm --to { $to } ở sau năm nay ({ $current })
summary-to-after-current-hint = sơ kết chỉ gồm những năm đã bắt đầu: dùng --to { $current } hoặc năm trước đó
review-nothing-in-years = không có gì để sơ kết trong năm { $years }: không có việc đăng ký, báo cáo tháng, đánh giá hay mô hình nào
review-nothing-in-years-hint = hãy chọn --from và --to trong những năm có dữ liệu
# Lỗi khi dựng chính tài liệu sơ kết; $reason: lời báo của thư viện (tiếng Anh)
review-chart-font = không đọc được phông chữ gắn sẵn của biểu đồ
review-chart-failed = không vẽ được biểu đồ: { $reason }
review-docx-failed = không ghép được tài liệu Word: { $reason }

demo-made = dữ liệu mẫu: { $members } thành viên ở { $units } đơn vị ({ $left } người rời cơ quan trong { $first }-{ $last }), { $models } mô hình, { $items } việc đăng ký, { $reports } báo cáo tháng, { $evaluations } lượt đánh giá, { $initiatives } sáng kiến, 1 trường hợp kỷ luật, { $granted } danh hiệu năm { $year } theo một quyết định
