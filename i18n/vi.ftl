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

## output: writing standard output, export files, workbooks and forms
## $path: the file; $cause: what the system said; $dir: its directory

output-stream-out = đầu ra chuẩn (stdout)
output-stream-err = đầu ra lỗi (stderr)
# $stream: output-stream-out or output-stream-err
output-cannot-write-stream = không ghi được ra { $stream }: { $cause }
output-stream-hint = kiểm tra ổ đĩa hoặc thiết bị nhận kết quả (ổ đĩa đã đầy, hoặc kết quả được chuyển vào một tệp không ghi thêm được)
output-cannot-write-help = không ghi được phần trợ giúp: { $cause }
output-cannot-write-file = không ghi được tệp { $path }: { $cause }
output-cannot-write-file-hint = kiểm tra ổ đĩa chứa { $dir } còn chỗ trống và bạn có quyền ghi vào đó; chưa có gì được ghi
output-cannot-create-temp-hint = kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó
output-workbook-extension = { $path }: danvan chỉ ghi bảng tính dạng .xlsx
output-workbook-extension-hint = đặt tên tệp có đuôi .xlsx (LibreOffice cũng mở được), hoặc .csv
output-excel-not-for-xlsx = --excel và --delimiter chỉ dùng cho tệp CSV; tệp .xlsx đã là bảng tính
output-export-no-table = lệnh export ghi dữ liệu dạng CSV hoặc JSON, không in thành bảng
output-export-no-table-hint = dùng --format csv (mặc định) hoặc --format json
output-excel-only-csv = --excel chỉ dùng cho tệp CSV, không áp dụng cho JSON hay bảng
output-form-extension = { $path }: biểu mẫu chỉ ghi được dạng .xlsx hoặc .csv
output-form-extension-hint = đặt tên tệp có đuôi .xlsx (có danh sách chọn, khóa các cột mã) hoặc .csv
# $max: the rows a worksheet holds below its header
output-xlsx-too-many-rows = bản xuất có hơn { $max } dòng, quá số dòng một trang tính chứa được
output-xlsx-too-many-rows-hint = xuất một khoảng thời gian ngắn hơn (--year, --from/--to), hoặc ghi ra CSV (--output TỆP.csv)
# $cause: what the workbook writer said, or output-xlsx-writer-failed
output-xlsx-failed = { $cause } (các dòng của bảng tính được giữ trong thư mục tạm { $dir } cho đến khi lưu xong)
output-xlsx-writer-failed = trình ghi bảng tính gặp lỗi
output-saved-but-unsaid = thay đổi đã được lưu nhưng không ghi được lời xác nhận: { $cause }
output-saved-but-unsaid-hint = đừng chạy lại lệnh; `danvan log --limit 1` cho xem thay đổi vừa lưu
# $typed: what was given, in quotes
output-not-a-delimiter = { $typed } không phải là dấu phân cách: dùng , hoặc ;
# $from, $to: the years given
output-from-after-to = năm bắt đầu (--from { $from }) ở sau năm kết thúc (--to { $to })
output-from-after-to-hint = ghi năm đầu của giai đoạn bằng --from và năm cuối bằng --to
## cli: lời các lệnh nói — xác nhận, ghi chú, lời nhắc phím, biểu mẫu, thư nhắc

# Tháng trong câu văn; $month là số tháng 1–12
cli-month-name = tháng { $month }/{ $year }
cli-nothing-changed = Không có gì thay đổi.

# Nhập tệp: $what là một trong các danh từ dưới đây
cli-import-done = { $file }: đã thêm { $added }, thay thế { $replaced } { $what }
cli-import-dry-run = { $file }: sẽ thêm { $added }, thay thế { $replaced } { $what } (chạy thử, chưa ghi gì)
cli-noun-members = thành viên
cli-noun-pledge-items = việc đăng ký
cli-noun-reports = báo cáo
cli-noun-evaluations = kết quả đánh giá
cli-noun-models = mô hình
cli-noun-awards = danh hiệu thi đua
cli-noun-initiatives = sáng kiến
cli-noun-disciplines = hình thức kỷ luật

# Thành viên
cli-member-needs-name = thành viên mới phải có họ tên
cli-hint-member-needs-name = thêm --name "…", ví dụ: danvan member add { $code } --name "Nguyễn Văn An"
cli-member-added = Đã thêm thành viên { $code } ({ $name })
cli-member-updated = Đã sửa thông tin thành viên { $code } ({ $name })
cli-member-left = { $code } ({ $name }) thôi công tác từ ngày { $date }
cli-member-removed = Đã xóa thành viên { $code } ({ $name })
cli-member-status-on = Ngày { $date }: { $status }
cli-member-active = đang công tác
cli-member-not-active = không còn công tác

# Việc đăng ký
cli-pledge-updated = Đã sửa việc đăng ký { $item }
cli-pledge-removed = Đã xóa việc đăng ký { $item }: { $text }
cli-pledge-template-written = Đã ghi { $file }: { $members } đồng chí cần đăng ký năm { $year }, { $carried } việc chuyển sang từ năm { $previous }

# Biểu mẫu để điền: tiêu đề cột và tên trang tính
cli-form-code = Mã
cli-form-name = Họ và tên
cli-form-unit = Đơn vị
cli-form-year = Năm
cli-form-no = Việc số
cli-form-field = Lĩnh vực
cli-form-model = Mô hình
cli-form-pledged = Nội dung đăng ký
cli-form-month = Tháng
cli-form-item = Việc { $no }
cli-form-note = Ghi chú { $no }
cli-form-submitted = Ngày nộp
cli-form-item-no = Việc số
cli-form-pledges-sheet = Đăng ký { $year }
cli-form-reports-sheet = Báo cáo { $month }
cli-form-items-sheet = Việc đã đăng ký

# Báo cáo tháng
cli-report-recorded = Đã ghi báo cáo { $month } của { $member } ({ $n } việc)
cli-report-replaced = Đã thay báo cáo { $month } của { $member } ({ $n } việc)
cli-report-removed = Đã xóa báo cáo { $month } của { $member } ({ $n } việc)
cli-report-show-head = { $code } ({ $name }), { $month }: { $when }
cli-report-submitted-on = nộp ngày { $date }
cli-report-not-submitted = chưa nộp báo cáo
cli-report-template-written = Đã ghi { $file }: { $members } đồng chí phải báo cáo { $month }, { $reported } đồng chí đã có báo cáo

# Thư nhắc của `report missing --letter`
cli-letter-opening = Đến ngày { $today }, { $n } đồng chí dưới đây chưa nộp báo cáo { $month } về kết quả thực hiện việc đã đăng ký trong phong trào thi đua "Dân vận khéo":
cli-letter-ask = Đề nghị các đồng chí gửi báo cáo { $month } cho chi ủy trong thời gian sớm nhất: với mỗi việc đã đăng ký, ghi rõ đã làm, đang làm hay chưa làm được.
cli-letter-ignore = Đồng chí nào đã nộp xin bỏ qua thư này.

# report enter
cli-enter-not-a-terminal = lệnh report enter đọc từng phím gõ ở cửa sổ dòng lệnh, nhưng đầu vào chuẩn không phải là cửa sổ dòng lệnh
cli-hint-enter-not-a-terminal = hãy chạy lệnh trong một cửa sổ dòng lệnh; muốn nạp báo cáo từ tệp thì dùng `danvan report import TỆP` (điền vào biểu mẫu do `danvan report template` tạo ra là nhanh nhất)
cli-enter-all-reported = Mọi đồng chí phải báo cáo { $month } đều đã có báo cáo.
cli-enter-intro = Báo cáo { $month }: { $n } đồng chí chưa báo cáo. Mỗi việc một phím: d đã làm, p đang làm, n chưa làm được, Enter bỏ qua, b quay lại, q dừng.
cli-enter-stopped = Đã dừng. { $saved } báo cáo đã lưu; các phím vừa nhập cho { $code } chưa được lưu.
cli-enter-nothing = {"   "}Không có việc nào được nhập: { $code } vẫn chưa có báo cáo.
cli-enter-saved = {"   "}Đã lưu báo cáo của { $member } ({ $n } việc).
cli-enter-done = Xong: đã lưu { $saved } báo cáo { $month }.
cli-enter-skipped = (bỏ qua)
cli-enter-back = (quay lại)

cli-review-extension = { $file }: báo cáo sơ kết chỉ ghi được dạng .docx (Word) hoặc .xlsx (bảng tính)
cli-hint-review-extension = hãy đặt tên tệp như so-ket.docx hoặc so-ket.xlsx
cli-review-written = Đã ghi báo cáo sơ kết vào { $file }
cli-man-cannot-write = không ghi được trang hướng dẫn (man) vào { $dir }: { $error }
cli-hint-man-cannot-write = hãy chọn một thư mục đã có và bạn có quyền ghi vào đó

# init và demo
cli-init-created = Đã tạo cơ sở dữ liệu mới.
cli-init-exists = Cơ sở dữ liệu đã có và đã được cập nhật.
cli-demo-is-dir = { $file } là một thư mục, không phải tệp cơ sở dữ liệu
cli-demo-not-demo = { $file } đã có và không phải cơ sở dữ liệu mẫu
cli-hint-demo-not-demo = hãy chọn đường dẫn --db khác, hoặc thêm --force để thay tệp đó bằng dữ liệu mẫu
cli-demo-review-title = Sơ kết phong trào "Dân vận khéo" giai đoạn { $from }-{ $to }
cli-demo-document = Báo cáo sơ kết (Word): { $file }
cli-demo-explore = Xem dữ liệu mẫu: danvan --db { $db } member list
cli-cannot-replace = không thay được { $file }: { $error }

# Thiết lập
cli-setting-set = Đã đặt { $key } = { $value }
cli-setting-unset = Đã bỏ giá trị của { $key } (dùng mặc định { $default })
cli-setting-was-not-set = { $key } chưa được đặt; không có gì thay đổi

# Sao lưu, kiểm tra, nhật ký, hoàn tác
cli-backup-done = Đã sao lưu vào { $file }
cli-check-ok = { $file }: không có lỗi
cli-check-damaged =
    { $file } bị hỏng hoặc đã bị sửa ngoài danvan:
    { $problems }
cli-hint-check-damaged = hãy khôi phục bản sao lưu gần nhất (lệnh danvan backup tạo bản sao lưu), hoặc sửa các giá trị nêu trên; giữ lại tệp hỏng để kiểm tra
cli-log-undone-by = đã được hoàn tác bằng thay đổi { $change }
cli-log-undoes = hoàn tác thay đổi { $change }
cli-undo-done = đã hoàn tác thay đổi { $change } ({ $command }, do { $user } thực hiện lúc { $at }): khôi phục { $restored } bản ghi, xóa { $removed } bản ghi
cli-undo-dry-run = sẽ hoàn tác thay đổi { $change } ({ $command }, do { $user } thực hiện lúc { $at }): khôi phục { $restored } bản ghi, xóa { $removed } bản ghi; chưa thay đổi gì (--dry-run)

# Đánh giá, xếp loại; $kind là member, unit hoặc model
cli-evaluation-recorded = Đã ghi đánh giá { $kind } { $who }, năm { $year }: { $rating }{ $exemplary ->
    [yes] {", điển hình"}
   *[no] {""}
}
cli-evaluation-replaced = Đã thay đánh giá { $kind } { $who }, năm { $year }: { $rating }{ $exemplary ->
    [yes] {", điển hình"}
   *[no] {""}
} (trước đây: { $was })
cli-evaluation-not-rated = { $kind ->
    [member] thành viên
    [unit] đơn vị
   *[model] mô hình
} { $subject } chưa được xếp loại năm { $year }: phải có xếp loại mới ghi được là điển hình
cli-hint-evaluation-not-rated = hãy cho cả xếp loại: `danvan evaluate { $kind } { $subject } --year { $year } --rating XẾP_LOẠI --exemplary` (các xếp loại: { $ratings })
cli-evaluation-already-exemplary = { $kind } { $who }, năm { $year }: đã là điển hình ({ $rating })
cli-evaluation-marked-exemplary = { $kind } { $who }, năm { $year }: đã ghi là điển hình, giữ nguyên xếp loại ({ $rating })
cli-evaluation-removed = Đã xóa đánh giá năm { $year } của { $kind ->
    [member] thành viên
    [unit] đơn vị
   *[model] mô hình
} { $subject }
cli-suggest-applied = Năm { $year }: đã ghi { $written } xếp loại đề xuất, bỏ qua { $skipped } (đã có xếp loại)
cli-suggest-without = { $n } thành viên chưa có đề xuất (chưa hết tháng nào của năm)

# Mô hình
cli-model-needs-name = mô hình mới phải có tên
cli-hint-model-needs-name = thêm --name "…", ví dụ: danvan model add { $code } --name "Một cửa thân thiện" --field economy
cli-model-needs-field = mô hình { $code } phải có lĩnh vực
cli-hint-model-needs-field = thêm --field với một trong các mã: { $fields } (hoặc tên tiếng Việt)
cli-model-added = Đã thêm mô hình { $code } ({ $name })
cli-model-updated = Đã sửa mô hình { $code } ({ $name })
cli-model-retired = Mô hình { $code } ({ $name }): kết thúc sau năm { $year }
cli-model-removed = Đã xóa mô hình { $code } ({ $name })

# Khen thưởng, sáng kiến, kỷ luật, đơn vị
cli-award-applied = Năm { $year }: đã ghi { $proposed } đề nghị, bỏ { $dropped } đề nghị cũ chưa có quyết định, giữ { $granted } danh hiệu đã được công nhận
cli-award-over-cap = { $n } thành viên đạt tiêu chuẩn CSTĐCS; mức trần { $percent }% chỉ cho phép { $cap }
cli-award-decided = Quyết định { $number } ngày { $date }: đã công nhận { $n } danh hiệu năm { $year }
cli-initiative-removed = Đã xóa sáng kiến { $initiative }: { $title }
cli-discipline-recorded = Đã ghi kỷ luật { $discipline }
cli-discipline-removed = Đã xóa kỷ luật { $discipline }
cli-unit-renamed = đã đổi tên đơn vị { $old } thành { $new }: { $members } thành viên, { $models } mô hình, { $evaluations } kết quả đánh giá
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
pledge-row-not-active = thành viên { $code } không công tác ngày nào trong năm { $year }; hãy kiểm tra năm, hoặc ngày vào, ngày rời của thành viên
pledge-row-bad-no = Việc số: { $cell } không phải là số thứ tự của việc (1, 2, 3 …; hoặc để trống)
pledge-row-no-model = Mô hình: không có mô hình nào mang mã { $code }; xem các mã bằng `danvan model list`
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
report-row-empty-code = Mã thành viên: mã thành viên bị để trống
report-row-refused-see = báo cáo của { $code } cho { $month } không được nhận (xem dòng { $line })
report-row-dates-differ = Ngày nộp { $on } khác với ngày { $first } ở dòng { $line } của cùng báo cáo ({ $code }, { $month }); mỗi báo cáo chỉ có một ngày nộp
report-row-bad-item = Việc số: { $cell } không phải là số thứ tự của việc (số của việc đăng ký: 1, 2, 3 …)
report-row-not-pledged = Việc số: { $code } không có việc đăng ký số { $no } trong năm { $year }; xem `danvan pledge list --member { $code } --year { $year }`
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
## people: thành viên, đơn vị, mô hình, đánh giá, danh hiệu, xóa hồ sơ

# $typed, $existing, $old, $new: tên đơn vị, trong ngoặc kép
unit-looks-like = đơn vị { $typed } là đơn vị mới, nhưng viết giống đơn vị đã có { $existing }
hint-unit-looks-like = hãy viết là { $existing }, hoặc thêm --new-unit (--new-units khi nhập tệp) nếu { $typed } là một đơn vị khác
unit-would-merge = đã có đơn vị { $new }: đổi tên { $old } thành đơn vị này sẽ gộp hai đơn vị làm một
hint-unit-would-merge = muốn gộp hai đơn vị, chạy `danvan unit rename { $old } { $new } --merge`
unit-both-evaluated = { $old } và { $new } đều đã có đánh giá năm { $year }: mỗi đơn vị một năm chỉ có một đánh giá; hãy xóa bớt một đánh giá trước
# $by: những gì còn gắn với hồ sơ, một danh sách
removal-model-in-use = không thể xóa mô hình { $code }: vẫn còn { $by } gắn với mô hình này
removal-member-in-use = không thể xóa thành viên { $code }: vẫn còn { $by } gắn với thành viên này
removal-list = { $first }, { $rest }
removal-by-more = { $n } mục khác
removal-by-pledge-item = việc đăng ký { $item }
removal-by-model-evaluation = đánh giá năm { $year }
removal-by-pledges = { $n } việc đăng ký
removal-by-reports = { $n } báo cáo tháng
removal-by-evaluations = { $n } đánh giá
removal-by-models = { $n } mô hình do thành viên phụ trách
hint-member-in-use = thành viên đã thôi vẫn được lưu trong hồ sơ: chạy `danvan member leave MÃ --on DD/MM/YYYY`
hint-model-in-use = trước hết bỏ mô hình khỏi các việc đăng ký đó (`danvan pledge edit MỤC --model ""`) và xóa các đánh giá của mô hình (`danvan evaluate remove model MÃ --year NĂM`), hoặc cho mô hình ngừng bằng `danvan model retire MÃ --year NĂM`
removal-no-report = không có báo cáo { $month } của { $code }
# $kind: member, unit hoặc model
removal-no-evaluation = không có đánh giá { $kind ->
        [member] thành viên
        [unit] đơn vị
       *[model] mô hình
    } { $subject } năm { $year }
removal-no-pledges = { $code } không có việc đăng ký nào năm { $year }
member-bad-email = email { $email } không phải là một địa chỉ thư điện tử
# $left, $joined: ngày
member-left-before-joined = ngày thôi { $left } của { $code } sớm hơn ngày vào { $joined }
hint-member-left-before-joined = ngày thôi của thành viên phải từ ngày vào trở về sau
# $what: member hoặc model
code-invalid = { $code } không phải là một mã { $what ->
        [member] thành viên
       *[model] mô hình
    } hợp lệ
hint-code-invalid = mã gồm từ 1 đến 32 chữ cái, chữ số, '-', '_' hoặc '.', không có dấu cách hay '/', ví dụ NV001
member-name-mismatch = Họ và tên: tệp ghi { $named } bên cạnh mã { $code }, nhưng trong danh sách thành viên mã { $code } là { $register }; hãy sửa lại mã hoặc tên
member-vanished = thành viên { $code } không còn trong cơ sở dữ liệu
member-not-registered = Mã thành viên: không có thành viên nào mang mã { $code }; hãy nhập danh sách thành viên trước (`danvan member import`)
member-search-empty = hãy gõ một phần tên hoặc một phần mã cần tìm, ví dụ "lan" hoặc "NV00"
# $like: thông báo unit-looks-like
member-row-unit-looks-like = Đơn vị: { $like }; thêm --new-units nếu đó là một đơn vị khác
member-row-joined-empty = Ngày vào: ngày vào trống; hãy viết ngày theo dạng DD/MM/YYYY hoặc D/M/YYYY (31/03/2026, 1/3/2026), YYYY-MM-DD (2026-03-31), DD-MM-YYYY (31-03-2026) hoặc DD.MM.YYYY (31.03.2026)
model-two-owners = mô hình { $code } có cả đơn vị phụ trách ({ $unit }) lẫn thành viên phụ trách ({ $member })
hint-model-two-owners = một mô hình do một đơn vị hoặc một thành viên phụ trách, không phải cả hai: để trống owner_unit hoặc owner_member (--unit hoặc --member trên dòng lệnh)
# $started, $current, $retired: năm
model-starts-later = mô hình { $code } bắt đầu năm { $started }, sau năm hiện tại { $current }
hint-model-starts-later = chỉ ghi nhận mô hình khi đã bắt đầu thực hiện: năm bắt đầu không được sau năm hiện tại
model-retires-before-start = mô hình { $code } ngừng năm { $retired }, trước năm bắt đầu { $started }
hint-model-retires-before-start = năm ngừng là năm cuối cùng mô hình còn thực hiện: từ năm bắt đầu trở về sau
model-retires-later = mô hình { $code } ngừng năm { $retired }, sau năm hiện tại { $current }
hint-model-retires-later = chỉ ghi nhận việc ngừng khi đã đến năm đó
model-owner-unit-unknown = mô hình { $code }: không có đơn vị { $unit } (chưa từng có thành viên nào thuộc đơn vị này)
hint-model-owner-unit-unknown = hãy đối chiếu cách viết với `danvan member list --all`, hoặc giao mô hình cho một thành viên phụ trách bằng --member MÃ
model-owner-member-unknown = mô hình { $code }: không có thành viên nào mang mã { $member } để phụ trách
hint-model-owner-member-unknown = xem các mã bằng `danvan member list --all`, hoặc thêm thành viên trước bằng `danvan member add { $member } --name …`
model-exists = đã có mô hình { $code } ({ $name })
hint-model-exists = hãy chọn mã khác, hoặc sửa thông tin mô hình này bằng `danvan model edit { $code }`
model-row-started-empty = Năm bắt đầu: năm bắt đầu của mô hình trống; hãy viết đủ bốn chữ số, ví dụ 2024
# $joined, $left: ngày; $year: năm
evaluation-member-inactive = thành viên { $code } ({ $name }) không sinh hoạt trong năm { $year }: ngày vào { $joined }
evaluation-member-inactive-left = thành viên { $code } ({ $name }) không sinh hoạt trong năm { $year }: ngày vào { $joined }, ngày thôi { $left }
hint-evaluation-member-inactive = chỉ xếp loại thành viên cho năm mà thành viên đó có sinh hoạt; hãy kiểm tra lại năm
evaluation-model-not-running = mô hình { $code } ({ $name }) không thực hiện trong năm { $year }: mô hình thực hiện từ năm { $started }
evaluation-model-not-running-retired = mô hình { $code } ({ $name }) không thực hiện trong năm { $year }: mô hình thực hiện từ năm { $started } đến năm { $retired }
hint-evaluation-model-not-running = chỉ xếp loại mô hình cho năm mà mô hình có thực hiện; hãy kiểm tra lại năm
evaluation-year-later = năm { $year } sau năm hiện tại { $current }: chưa thể đánh giá
hint-evaluation-year-later = hãy ghi --year { $current } hoặc một năm trước đó
# $kind: member, unit hoặc model; $rating: mã xếp loại
evaluation-exists = { $kind ->
        [member] thành viên
        [unit] đơn vị
       *[model] mô hình
    } { $subject } đã có đánh giá năm { $year }: { $rating ->
        [excellent] hoàn thành xuất sắc nhiệm vụ
        [good] hoàn thành tốt nhiệm vụ
        [complete] hoàn thành nhiệm vụ
       *[incomplete] không hoàn thành nhiệm vụ
    }
evaluation-exists-exemplary = { $kind ->
        [member] thành viên
        [unit] đơn vị
       *[model] mô hình
    } { $subject } đã có đánh giá năm { $year }: { $rating ->
        [excellent] hoàn thành xuất sắc nhiệm vụ
        [good] hoàn thành tốt nhiệm vụ
        [complete] hoàn thành nhiệm vụ
       *[incomplete] không hoàn thành nhiệm vụ
    }, điển hình
hint-evaluation-exists = muốn ghi đè, chạy `danvan evaluate { $kind } { $subject } --year { $year } --rating { $rating } --replace` (đánh giá cũ vẫn còn trong `danvan log`)
evaluation-row-subject-empty = Đối tượng: trống; hãy ghi mã thành viên, tên đơn vị hoặc mã mô hình
evaluation-row-exemplary-bad = Điển hình: { $typed } không phải là có hay không; hãy ghi true/false, yes/no, 1/0, x/để trống hoặc có/không
initiative-ref-bad = { $typed } không phải là một sáng kiến: hãy viết theo dạng MÃ/NĂM/SỐ, ví dụ NV001/2025/1
# $what: initiative, title hoặc discipline
recorded-year-later = chưa thể ghi nhận { $what ->
        [initiative] sáng kiến
        [title] danh hiệu
       *[discipline] kỷ luật
    } năm { $year }: năm hiện tại là { $current }
# $initiative: MÃ/NĂM/SỐ
initiative-absent = không có sáng kiến { $initiative }
# $title: năm và mã danh hiệu mà sáng kiến làm căn cứ
initiative-backs-title = sáng kiến { $initiative } là căn cứ của danh hiệu { $title }; hãy xóa danh hiệu đó trước
initiative-row-no-bad = Số: { $typed } không phải là một số từ 1 trở lên
# $form: mã hình thức kỷ luật
discipline-exists = thành viên { $code } đã có kỷ luật { $form ->
        [reprimand] khiển trách
        [warning] cảnh cáo
        [demotion] hạ bậc lương, cách chức
       *[dismissal] buộc thôi việc, khai trừ
    } năm { $year }
discipline-absent = thành viên { $code } không có kỷ luật { $form ->
        [reprimand] khiển trách
        [warning] cảnh cáo
        [demotion] hạ bậc lương, cách chức
       *[dismissal] buộc thôi việc, khai trừ
    } năm { $year }
# $date, $today: ngày
award-decision-after-today = quyết định { $number } ghi ngày { $date }, sau ngày hôm nay { $today }
award-decision-exists = quyết định { $number } đã được ghi nhận (ngày { $date }, do { $issuer } ban hành)
award-row-kind-model = Loại: danh hiệu chỉ dành cho cá nhân hoặc tập thể (đơn vị)
award-row-subject-empty = Đối tượng: trống; hãy ghi mã thành viên hoặc tên đơn vị
award-row-initiative-absent = Sáng kiến: không có sáng kiến { $initiative }
# $title: mã danh hiệu; $year, $subject: danh hiệu mà sáng kiến đã là căn cứ
award-row-initiative-used = Sáng kiến: sáng kiến { $initiative } đã là căn cứ của danh hiệu { $title } của { $subject } năm { $year }; mỗi sáng kiến chỉ làm căn cứ cho một danh hiệu: hãy để trống ô này hoặc ghi sáng kiến khác
award-row-initiative-twice = Sáng kiến: sáng kiến { $initiative } được ghi cho hai danh hiệu trong tệp (cả danh hiệu { $title } của { $subject } năm { $year }); mỗi sáng kiến chỉ làm căn cứ cho một danh hiệu: hãy chỉ ghi ở một dòng
# $level: mã cấp
award-row-decision-differs = quyết định { $number } đã được ghi nhận ngày { $date }, do { $issuer } ban hành, { $level ->
        [grassroots] cấp cơ sở
        [district] cấp huyện
        [province] cấp tỉnh
       *[national] toàn quốc
    }; dòng này ghi khác
# $titles: mã danh hiệu
award-subject-no-proposal = { $subject } không có đề nghị nào năm { $year } đang chờ quyết định để công nhận
award-subject-no-proposal-of = { $subject } không có đề nghị { $titles } nào năm { $year } đang chờ quyết định để công nhận
award-no-proposal = không có đề nghị nào năm { $year } đang chờ quyết định để công nhận
award-no-proposal-of = không có đề nghị { $titles } nào năm { $year } đang chờ quyết định để công nhận
hint-award-no-proposal = xem các đề nghị bằng `danvan award list --year { $year } --proposed`; ghi nhận đề nghị bằng `danvan award propose --year { $year } --apply`
# Dòng của tệp nhập: một hồ sơ có hai lần trong tệp, hoặc đã được ghi nhận
member-row-twice = thành viên { $code } có hai lần trong tệp
model-row-twice = mô hình { $code } có hai lần trong tệp
evaluation-row-twice = đánh giá { $kind ->
        [member] thành viên
        [unit] đơn vị
       *[model] mô hình
    } { $subject } năm { $year } có hai lần trong tệp
evaluation-row-exists = { $kind ->
        [member] thành viên
        [unit] đơn vị
       *[model] mô hình
    } { $subject } đã có đánh giá năm { $year } ({ $rating ->
        [excellent] hoàn thành xuất sắc nhiệm vụ
        [good] hoàn thành tốt nhiệm vụ
        [complete] hoàn thành nhiệm vụ
       *[incomplete] không hoàn thành nhiệm vụ
    })
# $title: mã danh hiệu
award-row-twice = danh hiệu { $title } của { $subject } năm { $year } có hai lần trong tệp
award-row-exists = danh hiệu { $title } của { $subject } năm { $year } đã được ghi nhận
initiative-row-twice = sáng kiến { $initiative } có hai lần trong tệp
initiative-row-exists = đã có sáng kiến { $initiative } ({ $title })
discipline-row-twice = kỷ luật { $form ->
        [reprimand] khiển trách
        [warning] cảnh cáo
        [demotion] hạ bậc lương, cách chức
       *[dismissal] buộc thôi việc, khai trừ
    } của { $code } năm { $year } có hai lần trong tệp
discipline-row-exists = kỷ luật { $form ->
        [reprimand] khiển trách
        [warning] cảnh cáo
        [demotion] hạ bậc lương, cách chức
       *[dismissal] buộc thôi việc, khai trừ
    } của { $code } năm { $year } đã được ghi nhận
## infra: the file, the undo, dates, vocabularies and imports

# Text not yet in the catalogues, shown as it is in every language
raw-text = { $text }

## infra: an import refused for its bad rows
import-refused =
    { $problems }
    { $count } dòng có lỗi trong tệp { $what }; chưa nhập dòng nào
import-refused-below-titles =
    { $problems }
    { $count } dòng có lỗi trong tệp { $what }; chưa nhập dòng nào
    (dòng tên cột lấy ở { $header }; các dòng phía trên được bỏ qua vì là dòng tiêu đề)
import-refused-hint = sửa các dòng này rồi nhập lại tệp (thêm --dry-run để kiểm tra mà không ghi gì)
import-problem = { $place }: { $problem }
import-row-hint = { $message }; { $hint }
# $key: the column's key; shown as the column's heading in a clerk's sheet
import-keyed = { $key ->
        [code] Mã
        [member] Mã thành viên
        [member_name] Họ và tên
        [subject] Đối tượng
        [model] Mô hình
        [initiative] Sáng kiến
        [item] Việc số
        [name] Họ và tên
        [unit] Đơn vị
        [roles] Vai trò
        [joined] Ngày vào
        [left] Ngày thôi
        [year] Năm
        [month] Tháng
        [field] Lĩnh vực
        [level] Cấp
        [started] Năm bắt đầu
        [retired] Năm kết thúc
        [form] Hình thức kỷ luật
        [kind] Loại
        [rating] Xếp loại
        [exemplary] Điển hình
        [title] Danh hiệu
        [status] Kết quả
        [submitted_on] Ngày nộp
        [decided_on] Ngày quyết định
       *[other] { $key }
    }: { $problem }
import-exists = { $problem }; thêm --replace để ghi đè
import-what-members = thành viên
import-what-models = mô hình
import-what-evaluations = đánh giá
import-what-awards = khen thưởng
import-what-initiatives = sáng kiến
import-what-disciplines = kỷ luật
import-what-pledges = việc đăng ký
import-what-reports = báo cáo tháng

## infra: a row that cannot be read
import-group-first-empty = { $heading }: ô này trống nhưng các ô khác cùng số { $no } đã điền; hãy điền ô này hoặc xóa các ô kia
import-cell-without-heading = cột { $column } có giá trị { $value } nhưng không có tên cột; hãy thêm tên cột hoặc xóa ô này
import-cell-count = dòng có { $cells } ô trong khi dòng tên cột có { $width } ô; kiểm tra xem có dấu phân cách thừa hoặc thiếu dấu ngoặc kép không
import-nul-byte = cột { $column }: ô chứa ký tự NUL; hãy xóa ký tự đó

## infra: a value not in a vocabulary
vocab-not-a = { $value } không phải là { $what } hợp lệ
vocab-use-one-of = hãy dùng một trong các giá trị: { $labels } (hoặc mã: { $codes })
vocab-field = lĩnh vực
vocab-role = vai trò
vocab-status = mức độ thực hiện
vocab-rating = mức xếp loại
vocab-level = cấp của mô hình
vocab-kind = đối tượng đánh giá
vocab-discipline-form = hình thức kỷ luật
vocab-title = danh hiệu, hình thức khen thưởng

## infra: dates, months and years as typed
dates-today-env = DANVAN_TODAY={ $value } không phải là ngày
dates-today-env-hint = hãy đặt theo dạng YYYY-MM-DD, hoặc bỏ biến này để dùng ngày của máy
dates-not-a-date = { $value } không phải là ngày; hãy viết theo dạng DD/MM/YYYY hoặc D/M/YYYY (31/03/2026, 1/3/2026), DD-MM-YYYY (31-03-2026), DD.MM.YYYY (31.03.2026) hoặc YYYY-MM-DD (2026-03-31)
dates-not-a-date-serial = { $value } không phải là ngày (bảng tính hiện ngày thành một số như vậy khi ô không được định dạng ngày: hãy định dạng cột đó là ngày); hãy viết ngày theo dạng DD/MM/YYYY hoặc D/M/YYYY (31/03/2026, 1/3/2026), DD-MM-YYYY (31-03-2026), DD.MM.YYYY (31.03.2026) hoặc YYYY-MM-DD (2026-03-31)
dates-no-such-day = { $value } không phải là ngày: tháng { $month } năm { $year } không có ngày { $day }
dates-no-such-day-hint = hãy kiểm tra lại ngày và tháng
dates-not-a-year = { $value } không phải là năm: hãy viết đủ bốn chữ số, ví dụ 2026
dates-not-a-month = { $value } không phải là tháng
dates-not-a-month-hint = hãy viết tháng theo dạng MM/YYYY (03/2026) hoặc YYYY-MM (2026-03), hoặc `tháng này`, `tháng trước` (this, last)
dates-no-such-month = { $value } không phải là tháng: không có tháng { $month }
dates-no-such-month-hint = tháng chỉ từ 01 đến 12, ví dụ 03/2026

## infra: an undo refused
undo-nothing = không còn thay đổi nào để hoàn tác
undo-no-such-change = không có thay đổi số { $change } nào có thể hoàn tác
undo-already-undone = thay đổi số { $change } đã được hoàn tác bởi thay đổi số { $by }
undo-is-an-undo = thay đổi số { $change } chính là lần hoàn tác thay đổi số { $of }; không hoàn tác một lần hoàn tác
undo-later-change = không thể hoàn tác riêng thay đổi số { $change }: thay đổi số { $later } sau đó ({ $command }) đã sửa hoặc dựa vào cùng các bản ghi
undo-conflict = không thể hoàn tác thay đổi số { $change }: đưa các bản ghi cũ trở lại sẽ xung đột với các thay đổi sau đó ({ $reason })
# $table, $parent: tên bảng (pledge_items, members …) của bản ghi được đưa lại và của bản ghi nó tham chiếu
undo-parent-gone = không thể hoàn tác thay đổi số { $change }: một bản ghi của bảng { $table } được đưa trở lại sẽ tham chiếu tới một bản ghi của bảng { $parent } không còn nữa
hint-undo-see-log = xem các thay đổi và những thay đổi đã hoàn tác bằng `danvan log`
hint-undo-is-an-undo = muốn đổi lại việc thay đổi số { $of } đã làm, hãy chạy lại lệnh đó
hint-undo-later-first = hãy hoàn tác thay đổi số { $later } trước (`danvan undo { $later }`), hoặc hoàn tác lần lượt từng thay đổi mới nhất bằng `danvan undo`
hint-undo-conflict = hãy hoàn tác các thay đổi sau đó trước bằng `danvan undo`; `danvan log` liệt kê các thay đổi đó

## infra: an import file's header
heading-repeats-earlier = { $place }: cột { $column } ({ $cell }) lặp lại một cột phía trước
heading-repeats = { $place }: cột { $column } ({ $cell }) lặp lại cột "{ $key }"
heading-unknown = { $place }: cột { $column } ({ $cell }) không phải là cột nào đã biết
heading-group-without-first = { $place }: các ô của nhóm cột số { $no } thiếu cột { $heading }
heading-required-missing = { $place }: thiếu cột bắt buộc "{ $key }"
heading-both-forms = { $place }: dòng tên cột có cả các cột đánh số lẫn các cột mà chúng thay thế; chỉ dùng một trong hai cách
heading-problems = { $problems }
heading-columns-are = các cột gồm (mã cột, rồi các tên cột được chấp nhận, viết hoa hay thường, có dấu hay không dấu đều được): { $columns }; cột có tên { $ignored } được bỏ qua

## infra: an import file that cannot be read as one
import-layout-members = danh sách thành viên
import-layout-models = danh sách mô hình
import-layout-evaluations = danh sách đánh giá
import-layout-awards = danh sách khen thưởng
import-layout-initiatives = danh sách sáng kiến
import-layout-disciplines = danh sách kỷ luật
import-layout-pledges = danh sách việc đăng ký
import-layout-reports = danh sách báo cáo tháng
import-a-directory = { $path } là một thư mục, không phải { $what }
import-cannot-read = không đọc được { $path }: { $reason }
import-cannot-read-hint = hãy kiểm tra tên tệp và quyền đọc tệp
import-sheet-of-csv = --sheet { $sheet }: { $path } không phải là tệp bảng tính
import-sheet-of-csv-hint = --sheet chọn một trang của tệp .xlsx hoặc .ods; tệp CSV không có trang nào
import-empty-file = { $place }: tệp trống: không có dòng tên cột
import-empty-file-hint = dòng đầu tiên ghi tên các cột, ví dụ: { $keys }
import-empty-sheet = { $place }: trang tính trống: không có dòng tên cột
import-empty-sheet-hint = dòng đầu tiên ghi tên các cột, ví dụ: { $keys }
import-not-an-import-file = { $name } là { $is }, không phải { $what }
import-not-an-import-file-hint = hãy nhập { $what } dưới dạng CSV UTF-8 hoặc tệp bảng tính .xlsx, .ods: mở tệp, chép bảng sang một bảng tính rồi lưu lại theo một trong các dạng đó
import-text-named-as-workbook = { $name } là tệp văn bản (CSV), không phải tệp bảng tính như tên tệp cho thấy; { $what } lẽ ra phải nằm trong một tệp bảng tính
import-text-named-as-workbook-hint = nếu đó là tệp CSV, hãy đổi đuôi tên thành .csv rồi nhập lại; nếu lẽ ra là tệp bảng tính, hãy lưu lại bằng Excel hoặc LibreOffice
sniff-odt = một văn bản OpenDocument
sniff-od-other = một tệp OpenDocument không phải bảng tính
sniff-docx = một văn bản Word
sniff-pptx = một bản trình chiếu PowerPoint
sniff-zip = một tệp nén zip
sniff-doc = một văn bản Word 97-2003
sniff-office-other = một tệp Office 97-2003 không phải bảng tính
sniff-pdf = một tài liệu PDF
sniff-utf16 = văn bản UTF-16 (kiểu "Unicode Text" của Excel)
sniff-rtf = một văn bản RTF
sniff-image = một tệp ảnh
sniff-binary = một tệp nhị phân (có byte NUL ở chỗ lẽ ra là dòng tên cột)

## infra: the database file cannot be used
db-is-a-directory = { $path } là một thư mục, không phải tệp cơ sở dữ liệu
db-is-a-directory-hint = hãy chỉ đường dẫn tới một tệp bằng --db
db-newer = { $path } do một phiên bản danvan mới hơn ghi (phiên bản lược đồ { $version }; bản danvan này chỉ biết tới { $known })
db-newer-hint = hãy cài bản danvan mới hơn để dùng tệp này; tệp vẫn được giữ nguyên
db-not-a-database = { $path } không phải là cơ sở dữ liệu danvan: đây không phải tệp SQLite, hoặc tệp đã hỏng ({ $cause })
db-not-a-database-hint = hãy kiểm tra đường dẫn --db; nếu đó là cơ sở dữ liệu của chi bộ, hãy khôi phục bản sao lưu mới nhất và giữ lại tệp hỏng để kiểm tra
db-read-only = không ghi được vào { $path }: tài khoản này chỉ có quyền đọc tệp hoặc thư mục chứa tệp
db-read-only-hint = danvan ghi vào tệp này và các tệp -wal, -shm bên cạnh: hãy cấp cho tài khoản quyền ghi trên tệp và thư mục chứa tệp (xem bằng `ls -l`), hoặc chép tệp sang nơi có quyền ghi
db-disk-full = ổ đĩa đã đầy: { $path } (hoặc các tệp tạm của SQLite) không thể lớn thêm
db-disk-full-hint = hãy giải phóng bớt dung lượng trên ổ đĩa đó rồi chạy lại lệnh; lệnh vừa rồi đã được hủy, không có gì thay đổi
db-busy = { $path } đang được dùng: một chương trình khác giữ quyền ghi quá { $seconds } giây
db-busy-hint = hãy chờ lệnh danvan kia (một lần nhập lớn, một lần sao lưu) hoặc công cụ SQLite kết thúc rồi chạy lại lệnh; không có gì thay đổi
db-cannot-open = không mở được { $path } ({ $cause })
db-cannot-open-hint = hãy kiểm tra tài khoản có quyền đọc và ghi tệp cùng thư mục chứa tệp (xem bằng `ls -l`), và ổ đĩa chứa tệp vẫn đang kết nối

## infra: a workbook's sheets
sheet-no-such-sheet = { $name }: không có trang tính nào tên là { $sheet }
sheet-the-sheets-are = các trang tính hiện có: { $sheets }
sheet-no-sheet = { $name }: tệp bảng tính không có trang tính nào

## infra: settings, text limits, files to write, the database's directory
# $typed: the name typed, quoted; $names: the settings
setting-unknown = { $typed } không phải là một thiết lập
setting-unknown-hint = các thiết lập là: { $names }
# $name: the setting; $max: characters
setting-too-long = giá trị của { $name } dài quá { $max } ký tự
# $lo, $hi: the bounds; $value: what was given, quoted; $default: its default
setting-not-a-number = { $name } phải là một số nguyên từ { $lo } đến { $hi }, không phải { $value }
setting-not-a-number-hint = giá trị mặc định là { $default }
setting-not-a-switch = { $name } chỉ nhận bật hoặc tắt, không nhận { $value }
setting-not-a-switch-hint = dùng on hoặc off (yes/no, bật/tắt)
# $field: the field's key; $len, $max: characters
text-required = mục { $field } đang để trống; đây là thông tin bắt buộc
text-too-long = mục { $field } dài { $len } ký tự; chỉ nhận tối đa { $max } ký tự
# $path: the file to write; $error: the system's reason
target-cannot-look = không xem được { $path }: { $error }
target-symlink = { $path } là một liên kết tượng trưng (symbolic link); danvan không ghi đè lên tệp mà liên kết trỏ tới
target-symlink-hint = hãy ghi đường dẫn của chính tệp đó, hoặc một tên tệp mới
target-directory = { $path } là một thư mục
target-directory-hint = hãy ghi một tên tệp, chẳng hạn một tên bên trong thư mục đó
target-not-regular = { $path } không phải là tệp thông thường (mà là thiết bị, FIFO hoặc socket)
target-not-regular-hint = hãy ghi tên một tệp thông thường, hoặc một tệp mới
# $dir: a directory; $error: the system's reason; $mkdir: the command that makes it
db-no-home = không tìm thấy thư mục riêng của người dùng để đặt cơ sở dữ liệu mặc định
db-no-home-hint = hãy chỉ định tệp bằng --db ĐƯỜNG_DẪN hoặc biến DANVAN_DB
db-cannot-create-dir = không tạo được thư mục { $dir }: { $error }
db-no-such-dir = thư mục { $dir } không tồn tại
db-no-such-dir-hint = hãy tạo thư mục trước ({ $mkdir }) hoặc chọn đường dẫn --db khác
db-no-such-backup-dir-hint = hãy tạo thư mục trước hoặc chọn đường dẫn sao lưu khác

## infra: the roll-up of cells' files
# $path: a cell's file; $error: why; $first: the same file or cell named before
rollup-cannot-read = không đọc được { $path }: { $error }
rollup-cannot-read-hint = hãy ghi tên các tệp tổng hợp (.json) và tệp cơ sở dữ liệu mà các chi bộ đã gửi
rollup-not-a-summary = { $path } không phải là tệp tổng hợp của một chi bộ, cũng không phải cơ sở dữ liệu danvan
hint-rollup-not-a-summary = chi bộ lập tệp tổng hợp bằng `danvan export summary --from Y1 --to Y2 --format json --output TỆP`, hoặc gửi cơ sở dữ liệu của mình (`danvan backup TỆP`)
# $version: the file's; $max: the newest this danvan reads
rollup-newer = { $path } được ghi bởi một phiên bản danvan mới hơn (tệp tổng hợp phiên bản { $version }; bản danvan này đọc được đến phiên bản { $max })
rollup-newer-hint = hãy cài bản danvan mới hơn để tổng hợp tệp này
rollup-damaged = { $path } là tệp tổng hợp bị hỏng: { $error }
hint-rollup-damaged = đề nghị chi bộ lập lại tệp bằng `danvan export summary --format json`
# $file_from, $file_to: the file's period; $from, $to: the period asked for
rollup-other-period = { $path } là tổng hợp của giai đoạn { $file_from }-{ $file_to }, không phải { $from }-{ $to }
hint-rollup-other-period = đề nghị chi bộ gửi tệp lập bằng `danvan export summary --from { $from } --to { $to } --format json`, hoặc tổng hợp giai đoạn { $file_from }-{ $file_to }
rollup-named-twice = { $path } được ghi hai lần (lần kia là { $first })
rollup-named-twice-hint = mỗi tệp của một chi bộ chỉ ghi một lần
rollup-cannot-read-folder = không đọc được thư mục { $path }: { $error }
rollup-cannot-read-folder-hint = hãy ghi tên từng tệp của các chi bộ
# $name: the cell's name
rollup-same-cell = { $path } lại là chi bộ "{ $name }" (đã đọc từ { $first })
rollup-same-cell-hint = mỗi tệp của một chi bộ chỉ ghi một lần; hai chi bộ trùng tên cần đặt thiết lập `cell` khác nhau

## infra: a database file refused, with the command that mends it
# $path: the file; $quoted: the file as typed in a shell; $differences: one line each
db-missing = không có cơ sở dữ liệu nào ở { $path }
hint-db-missing = hãy tạo bằng `danvan --db { $quoted } init`, hoặc chỉ --db / DANVAN_DB tới một cơ sở dữ liệu đã có
db-not-initialised = { $path } đang trống: chưa phải là cơ sở dữ liệu danvan
hint-db-not-initialised = hãy khởi tạo bằng `danvan --db { $quoted } init`, hoặc chỉ --db / DANVAN_DB tới cơ sở dữ liệu của chi bộ
db-foreign = { $path } là một cơ sở dữ liệu SQLite nhưng không phải của danvan; tệp được giữ nguyên
hint-db-foreign = hãy chỉ --db tới một cơ sở dữ liệu danvan, hoặc tới một tệp mới để tạo bằng `danvan init`
db-unsaved-changes = { $path } còn những thay đổi chưa được ghi vào tệp (tệp -wal hoặc -journal của nó nằm bên cạnh); tệp được giữ nguyên
hint-db-unsaved-changes = đề nghị chi bộ gửi bản sao lập bằng `danvan backup TỆP` (luôn đầy đủ), hoặc đóng danvan đang dùng tệp này
db-altered-schema =
    { $path } có cấu trúc (schema) không do danvan tạo ra; tệp được giữ nguyên:
    { $differences }
hint-db-altered-schema = tệp đã bị sửa ngoài danvan: hãy khôi phục bản sao lưu gần nhất; `danvan --db { $quoted } check` liệt kê những chỗ khác và mọi giá trị đã lưu vi phạm quy tắc

# Đọc tệp nhập: $place là tệp:dòng; $detail là lời của thư viện CSV hoặc bảng tính
import-csv-unreadable = { $place }: không đọc được tệp CSV: { $detail }
import-line-too-long = { $place }: dòng dài hơn { $max } byte; tệp này không giống một danh sách các dòng
import-line-too-long-hint = hãy kiểm tra có đúng tệp không: tệp CSV có mỗi dòng một hàng
import-not-utf8 = { $place }: tệp không ở mã UTF-8 (một byte ở đây thuộc bảng mã khác, như Windows-1258)
import-not-utf8-hint = trong Excel chọn Tệp > Lưu thành > "CSV UTF-8 (Comma delimited)"; trong LibreOffice chọn bộ ký tự "Unicode (UTF-8)"
import-sheet-too-large = { $file }: trang tính { $sheet } quá lớn, không nhập được: { $what }
import-sheet-too-large-hint = một trang tính được dùng tối đa { $rows } dòng và { $columns } cột, trải tối đa { $cells } ô và mỗi dòng chứa tối đa { $bytes } byte; hãy xoá các dòng, cột nằm ngoài danh sách (Ctrl+End cho biết trang tính kết thúc ở đâu) hoặc lưu danh sách thành CSV UTF-8
import-sheet-too-many-cells = trang tính chứa hơn { $max } ô
import-sheet-cell-beyond = trang tính có một ô ở { $cell }
import-sheet-row-too-long = dòng { $row } chứa hơn { $max } byte
import-sheet-declared-span = trang tính tự khai kích thước là { $range }, { $rows } dòng × { $columns } cột, hơn { $max } ô
import-sheet-cells-span = các ô của trang tính trải từ { $range }, { $rows } dòng × { $columns } cột, hơn { $max } ô
import-sheet-row-beyond = trang tính có nội dung ở dòng { $row }, quá dòng { $max }
import-sheet-column-beyond = trang tính có nội dung ở cột { $column }, quá cột { $max }
import-sheet-repeated-span = các dòng, ô lặp lại của trang tính trải { $rows } dòng × { $columns } cột, hơn { $max } ô
import-workbook-unreadable = { $file }: không đọc được sổ tính: { $detail }
import-workbook-unreadable-hint = hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại thành .xlsx hoặc .ods, hoặc lưu trang tính thành CSV UTF-8

# Giá trị đã lưu mà danvan không đọc được
db-unreadable-value = { $path } chứa một giá trị danvan không đọc được ({ $cause })
db-unreadable-value-hint = tệp đã bị sửa bên ngoài danvan; `danvan --db { $db } check` liệt kê mọi giá trị đã lưu trái quy định
db-bad-stored-value = cơ sở dữ liệu có { $column } của { $what } { $key } không hợp lệ: { $value }
db-bad-stored-value-hint = tệp đã bị sửa bên ngoài danvan; `danvan check` liệt kê mọi giá trị như vậy: hãy sửa lại hoặc khôi phục bản sao lưu gần nhất

# Tệp định ghi trùng với tệp của chính cơ sở dữ liệu
target-is-database-file = { $path } là { $what }{ $named }; danvan sẽ không ghi đè lên tệp này
target-is-database-file-hint = hãy đặt tên khác cho tệp, ngoài các tệp của chính cơ sở dữ liệu
target-companion-database = chính tệp cơ sở dữ liệu
target-companion-wal = nhật ký ghi trước (write-ahead log) của cơ sở dữ liệu
target-companion-shm = tệp bộ nhớ dùng chung của cơ sở dữ liệu
target-companion-journal = nhật ký khôi phục (rollback journal) của cơ sở dữ liệu

## errors (h-vierr)
# A schema difference: $kind is table, index, trigger or view; $name the object's name
db-schema-difference = {"  "}{ $difference }
schema-foreign = { $kind ->
        [table] bảng
        [index] chỉ mục (index)
        [trigger] trình kích hoạt (trigger)
        [view] khung nhìn (view)
       *[other] { $kind }
    } "{ $name }" không do danvan tạo ra
schema-foreign-on = { $kind ->
        [table] bảng
        [index] chỉ mục (index)
        [trigger] trình kích hoạt (trigger)
        [view] khung nhìn (view)
       *[other] { $kind }
    } "{ $name }" trên bảng "{ $table }" không do danvan tạo ra
schema-missing = thiếu { $kind ->
        [table] bảng
        [index] chỉ mục (index)
        [trigger] trình kích hoạt (trigger)
        [view] khung nhìn (view)
       *[other] { $kind }
    } "{ $name }"
schema-altered = { $kind ->
        [table] bảng
        [index] chỉ mục (index)
        [trigger] trình kích hoạt (trigger)
        [view] khung nhìn (view)
       *[other] { $kind }
    } "{ $name }" đã bị sửa
# check's findings, one a line
check-schema = cấu trúc: { $difference }
check-sqlite = SQLite báo: { $line }
check-sqlite-check-failed = có giá trị vi phạm ràng buộc CHECK trong bảng "{ $table }"
check-sqlite-null = có giá trị trống (NULL) ở cột bắt buộc "{ $column }"
check-missing-row = bảng "{ $table }", dòng { $row }, trỏ tới một dòng không còn trong bảng "{ $parent }"
check-not-checked = chưa kiểm tra các giá trị đã lưu: các bảng không còn như danvan tạo ra
# $what: member, model, pledge-item, report, evaluation, initiative, discipline, award-decision, award
check-bad-value = { $what ->
        [member] thành viên
        [model] mô hình
        [pledge-item] việc đăng ký
        [report] báo cáo
        [evaluation] đánh giá
        [initiative] sáng kiến
        [discipline] kỷ luật
        [award-decision] quyết định khen thưởng
        [award] khen thưởng
       *[other] { $what }
    } { $record }: cột { $column } có giá trị { $value }, không phải là { $expected }
check-record-item = { $report }, việc { $item }
check-value-null = NULL (trống)
check-value-blob = một khối nhị phân { $bytes } byte
check-expected-date = một ngày (YYYY-MM-DD)
check-expected-month = một tháng (YYYY-MM)
# $what: field, model-level, report-status, evaluation-kind, rating, level, discipline-form, title
check-expected-code = { $what ->
        [field] lĩnh vực
        [model-level] cấp mô hình
        [report-status] trạng thái báo cáo
        [evaluation-kind] loại đánh giá
        [rating] mức xếp loại
        [level] cấp
        [discipline-form] hình thức kỷ luật
        [title] danh hiệu
       *[other] { $what }
    } hợp lệ (mã: { $codes })
check-expected-roles = một tập vai trò (mã: { $codes }) nối bằng |
check-more = … và { $more } giá trị nữa trong { $table }.{ $column }
check-miscounted = { $count } báo cáo có số việc theo từng trạng thái không khớp với các việc đã ghi
check-miscounted-totals = { $count } tháng của đơn vị có số báo cáo tổng hợp không khớp với các báo cáo đã ghi
# A value that could not be read, in the words of what read it
error-invalid-value = giá trị không hợp lệ: { $detail }
# The label of the progress bar of an export to standard output
progress-export = đang xuất
# A workbook cell holding an error value: $cell is B3, $error the spreadsheet's (#DIV/0!)
sheet-cell-error = ô { $cell } đang chứa lỗi của bảng tính { $error }; hãy sửa ô này
# Writing the database file or its backup; $reason is the system's words
db-cannot-write-in = không ghi được vào thư mục { $dir }: { $reason }
db-cannot-write = không ghi được { $path }: { $reason }
db-cannot-make-private = không đặt được quyền riêng (chế độ 0600) cho { $path }: { $reason }
db-cannot-create = không tạo được { $path }: { $reason }
# A record's key in check's findings: $kind is member, unit or model
check-record-report = { $code } { $month }
check-record-evaluation = { $kind ->
        [member] thành viên
        [unit] đơn vị
        [model] mô hình
       *[other] { $kind }
    } { $subject } năm { $year }
check-record-discipline = { $code } năm { $year }
check-record-award = năm { $year }, { $kind ->
        [member] thành viên
        [unit] đơn vị
        [model] mô hình
       *[other] { $kind }
    } { $subject }
## review document (h-vidoc)
## The review as a document (export review, .docx and .xlsx). $period is
## review-period-year or review-period-years; counts ($items, $members …)
## are written 1.988; rates ($rate …) 92,2%.
review-period-year = Năm { $year }
review-period-years = Giai đoạn { $from } - { $to }
review-title = { $years ->
    [1] Sơ kết năm { $from } thực hiện phong trào thi đua "Dân vận khéo"
   *[other] { $final ->
        [yes] Tổng kết
       *[no] Sơ kết
    } { $years } năm thực hiện phong trào thi đua "Dân vận khéo" ({ $from } - { $to })
}
# $day is two digits; $month 1–12
review-date = ngày { $day } tháng { $month ->
    [1] 01
    [2] 02
    [3] 03
    [4] 04
    [5] 05
    [6] 06
    [7] 07
    [8] 08
    [9] 09
   *[other] { $month }
} năm { $year }
review-date-at = { $place }, { $date }
# $body: the short name after -BC/ (CB, CU, ĐU or …)
review-number = Số       -BC/{ $body }
review-motto = ĐẢNG CỘNG SẢN VIỆT NAM
review-report = BÁO CÁO
review-recipients = Nơi nhận:
review-recipient-parent = - { $parent } (để báo cáo),
review-recipient-file = - Lưu.
# The line above the signer's title; $body: cell, cell-committee, party-committee
review-on-behalf-of = { $body ->
    [cell] T/M CHI BỘ
    [cell-committee] T/M CHI ỦY
   *[party-committee] T/M ĐẢNG ỦY
}
review-part-results = I. KẾT QUẢ THỰC HIỆN
review-registration-heading = Việc đăng ký thực hiện phong trào
review-registration = { $period }, { $registered }/{ $members } cán bộ, đảng viên, người lao động (đạt { $rate }) đã đăng ký thực hiện phong trào thi đua "Dân vận khéo" với { $items } việc đăng ký: lĩnh vực kinh tế { $economy } việc, văn hóa - xã hội { $culture } việc, quốc phòng - an ninh { $defense } việc, xây dựng hệ thống chính trị { $political } việc.
review-table-registration = Bảng 1. Việc đăng ký theo năm
review-monthly-reports-heading = Việc báo cáo tháng
review-monthly-reports = { $period }, cán bộ, đảng viên đã nộp { $submitted }/{ $expected } báo cáo tháng phải nộp (đạt { $rate }). Trong các báo cáo tháng, { $done } lượt việc đã làm, { $in_progress } lượt đang làm, { $not_done } lượt chưa làm được; tỷ lệ việc đã làm đạt { $done_rate }.
review-table-monthly-reports = Bảng 2. Báo cáo tháng theo năm
review-chart-monthly = Biểu đồ 1. Tỷ lệ nộp báo cáo và tỷ lệ việc đã làm theo tháng
review-models-heading = Mô hình "Dân vận khéo"
review-models-none = { $period }, chưa có mô hình "Dân vận khéo" nào được ghi nhận.
review-models = { $period }, có { $models } mô hình "Dân vận khéo" được thực hiện (kinh tế { $economy }, văn hóa - xã hội { $culture }, quốc phòng - an ninh { $defense }, xây dựng hệ thống chính trị { $political }); { $good } lượt mô hình được đánh giá đạt tốt trở lên.
review-table-models = Bảng 3. Các mô hình thực hiện trong giai đoạn
# A model's rating in the table's narrow column; $rating its code, $label its label
review-short-rating = { $rating ->
    [excellent] Xuất sắc
    [good] Tốt
    [complete] Hoàn thành
    [incomplete] Không hoàn thành
   *[other] { $label }
}
review-evaluation-heading = Đánh giá, xếp loại
review-evaluation-none = { $period }, chưa có kết quả đánh giá, xếp loại cá nhân nào được ghi nhận.
review-evaluation = { $period }, có { $rated } lượt cá nhân được đánh giá, xếp loại: hoàn thành xuất sắc nhiệm vụ { $excellent } lượt, hoàn thành tốt nhiệm vụ { $good } lượt, hoàn thành nhiệm vụ { $complete } lượt, không hoàn thành nhiệm vụ { $incomplete } lượt; { $not_evaluated } lượt chưa được đánh giá.
review-table-evaluation = Bảng 4. Kết quả đánh giá, xếp loại cá nhân theo năm
review-exemplars-heading = Điển hình tiên tiến
review-exemplars-none = { $period }, chưa có điển hình tiên tiến nào được ghi nhận.
review-exemplars = { $period }, có { $members } lượt cá nhân và { $units } lượt tập thể được biểu dương là điển hình tiên tiến trong phong trào:
review-exemplar-members = cá nhân: { $names }
review-exemplar-units = tập thể: { $names }
review-exemplars-of-year = - Năm { $year }: { $list }.
review-by-unit-heading = Kết quả theo đơn vị
review-table-by-unit = Bảng 5. Kết quả theo đơn vị ({ $from } - { $to })
review-whole-agency = Toàn cơ quan
review-whole-period = Cả giai đoạn
review-no-unit = (chưa xếp đơn vị)
review-overall-heading = Đánh giá chung, ưu điểm
review-part-shortcomings = II. HẠN CHẾ, NGUYÊN NHÂN
review-shortcomings-heading = 1. Hạn chế
review-units-below-reporting = - Các đơn vị có tỷ lệ nộp báo cáo tháng thấp hơn chung của cơ quan ({ $rate }): { $units }.
review-units-below-done = - Các đơn vị có tỷ lệ việc đã làm thấp hơn chung của cơ quan ({ $rate }): { $units }.
review-units-below-none = không có
review-items-not-done = - Số lượt việc chưa làm được: { $not_done }/{ $reported } lượt việc trong các báo cáo tháng ({ $rate }).
review-absentees-none = - Không có đảng viên nào thiếu từ { $months } báo cáo tháng trở lên.
review-absentees = - Có { $members } cán bộ, đảng viên thiếu từ { $months } báo cáo tháng trở lên:
review-table-absentees = Bảng 6. Cán bộ, đảng viên thiếu từ { $months } báo cáo tháng trở lên
review-causes-heading = 2. Nguyên nhân
review-part-lessons = III. BÀI HỌC KINH NGHIỆM
review-part-directions = IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI
review-part-recommendations = V. KIẾN NGHỊ, ĐỀ XUẤT
# Table headers
review-col-year = Năm
review-col-years = Năm
review-col-members = Số thành viên
review-col-registered = Đã đăng ký
review-col-rate = Tỷ lệ
review-col-pledge-items = Số việc đăng ký
review-col-economy = Kinh tế
review-col-culture = Văn hóa - xã hội
review-col-defense = Quốc phòng - an ninh
review-col-political = Xây dựng HTCT
review-col-expected = Phải nộp
review-col-submitted = Đã nộp
review-col-reporting-rate = Tỷ lệ nộp
review-col-done = Đã làm
review-col-in-progress = Đang làm
review-col-not-done = Chưa làm được
review-col-done-rate = Tỷ lệ đã làm
review-col-no = TT
review-col-code = Mã
review-col-model = Tên mô hình
review-col-field = Lĩnh vực
review-col-level = Cấp
review-col-owner = Chủ trì
review-col-ratings = Xếp loại
review-col-started = Năm bắt đầu
review-col-retired = Năm kết thúc
review-col-excellent = Hoàn thành xuất sắc
review-col-good = Hoàn thành tốt
review-col-complete = Hoàn thành
review-col-incomplete = Không hoàn thành
review-col-not-evaluated = Chưa đánh giá
review-col-unit = Đơn vị
review-col-registration-rate = Tỷ lệ đăng ký
review-col-unit-reporting-rate = Tỷ lệ nộp báo cáo
review-col-unit-done-rate = Tỷ lệ việc đã làm
review-col-models = Mô hình
review-col-exemplary-members = Cá nhân điển hình
review-col-name = Họ và tên
review-col-short-name = Tên
review-col-kind = Loại
review-col-months-missing = Số tháng thiếu báo cáo
review-col-metric = Chỉ tiêu
review-col-month = Tháng
review-col-expected-reports = Báo cáo phải nộp
review-col-submitted-reports = Báo cáo đã nộp
review-col-items-done = Lượt việc đã làm
review-col-items-reported = Lượt việc trong báo cáo
# The chart (a picture in the .docx) and the workbook's sheets and charts
review-chart-rate = Tỷ lệ
review-chart-reporting-rate = Tỷ lệ nộp báo cáo tháng
review-chart-done-rate = Tỷ lệ việc đã làm
review-sheet-summary = Tổng hợp
review-sheet-by-unit = Theo đơn vị
review-sheet-by-month = Theo tháng
review-sheet-models = Mô hình
review-sheet-exemplars = Điển hình
review-chart-rates-by-year = Các tỷ lệ theo năm
review-chart-rates-by-unit = Tỷ lệ nộp báo cáo và tỷ lệ việc đã làm theo đơn vị
review-chart-rates-by-month = Tỷ lệ nộp báo cáo và tỷ lệ việc đã làm theo tháng

## award proposals (h-vidoc)
## Tiêu chuẩn mà một đề nghị đáp ứng và chuỗi năm làm căn cứ (award propose).
## CSV thường, JSON và căn cứ lưu cùng đề nghị giữ bản tiếng Anh.
award-rule-ldtt = còn công tác vào ngày cuối của ít nhất { $months } tháng, xếp loại hoàn thành tốt nhiệm vụ trở lên, không bị kỷ luật
# $excellent: yes khi thiết lập cstdcs_requires_excellent bật
award-rule-cstdcs = đạt LĐTT, có sáng kiến năm { $year } chưa dùng làm căn cứ lần nào{ $excellent ->
    [yes] , xếp loại hoàn thành xuất sắc nhiệm vụ
   *[no] {""}
}
# $rule: award-rule-cstdcs; $cap: số người mức trần cho phép; $ldtt: số LĐTT của năm
award-rule-cstdcs-capped = { $rule }; thuộc { $cap } người có tỷ lệ việc đã làm cao nhất ({ $percent }% của { $ldtt } LĐTT)
award-rule-ttldtt = tập thể xếp loại hoàn thành tốt nhiệm vụ trở lên, ít nhất { $percent }% thành viên đang công tác đạt LĐTT, không có thành viên bị kỷ luật từ cảnh cáo trở lên
award-rule-ttldxs = tập thể xếp loại hoàn thành xuất sắc nhiệm vụ, mọi thành viên đang công tác hoàn thành nhiệm vụ trở lên, ít nhất { $percent }% đạt LĐTT, có CSTĐCS, không có thành viên bị kỷ luật từ cảnh cáo trở lên
award-rule-certificate-streak = CSTĐCS hai năm liên tục
award-rule-fighter-streak = CSTĐCS ba năm liên tục
award-rule-certificate-excellent = hai năm liên tục hoàn thành xuất sắc nhiệm vụ, có hai sáng kiến
award-streak-two = CSTĐCS { $first } (đã công nhận), { $year } (đề nghị)
award-streak-three = CSTĐCS { $first }, { $second } (đã công nhận), { $year } (đề nghị)
award-streak-excellent = hoàn thành xuất sắc nhiệm vụ { $first } và { $year }; { $initiatives } sáng kiến

## tables and spreadsheets (h-vidoc)
# Dòng trên mỗi bản ghi của một bảng rộng hơn màn hình; $n từ 1
output-record = -[ BẢN GHI { $n } ]
# Ô có/không của bảng hoặc CSV cho bảng tính; khi nhập tệp đọc lại được
output-yes = có
output-no = không
## review roll-up (h-fromfiles)
## Bản sơ kết của cấp trên (`export review --from-files`): các phần theo đơn vị thành theo chi bộ.
review-rollup-cell = Chi bộ
review-rollup-all-cells = Tổng cộng
review-rollup-by-cell = Kết quả theo chi bộ
review-rollup-by-cell-caption = Bảng 5. Kết quả theo chi bộ ({ $from } - { $to })
review-rollup-below-reporting = - Các chi bộ có tỷ lệ nộp báo cáo tháng thấp hơn tỷ lệ chung ({ $rate }): { $units }.
review-rollup-below-done = - Các chi bộ có tỷ lệ việc đã làm thấp hơn tỷ lệ chung ({ $rate }): { $units }.
review-rollup-cell-unit = Đơn vị (chi bộ)
review-rollup-sheet = Theo chi bộ
review-rollup-chart = Tỷ lệ nộp báo cáo và tỷ lệ việc đã làm theo chi bộ
review-rollup-counts-only = Tệp của { $cells } chỉ có số liệu tổng hợp (lập bằng phiên bản danvan cũ), nên số liệu theo tháng, các mô hình, điển hình tiên tiến và danh sách cán bộ, đảng viên thiếu báo cáo tháng trong báo cáo này chưa tính các chi bộ đó.
# The word after a required column's headings in the list of columns
heading-required-word = bắt buộc
