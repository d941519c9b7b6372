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
import-keyed = { $key }: { $problem }
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
hint-undo-see-log = xem các thay đổi và những thay đổi đã hoàn tác bằng `danvan log`
hint-undo-is-an-undo = muốn đổi lại việc thay đổi số { $of } đã làm, hãy chạy lại lệnh đó
hint-undo-later-first = hãy hoàn tác thay đổi số { $later } trước (`danvan undo { $later }`), hoặc hoàn tác lần lượt từng thay đổi mới nhất bằng `danvan undo`
hint-undo-conflict = hãy hoàn tác các thay đổi sau đó trước bằng `danvan undo`; `danvan log` liệt kê các thay đổi đó

## infra: an import file's header
heading-repeats-earlier = { $place }: cột { $column } ({ $cell }) lặp lại một cột phía trước
heading-repeats = { $place }: cột { $column } ({ $cell }) lặp lại cột { $key }
heading-unknown = { $place }: cột { $column } ({ $cell }) không phải là cột nào đã biết
heading-group-without-first = { $place }: các ô của nhóm cột số { $no } thiếu cột { $heading }
heading-required-missing = { $place }: thiếu cột bắt buộc { $key }
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
