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
