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
output-not-a-delimiter = { $typed } không phải dấu phân cách: dùng , hoặc ;
# $from, $to: the years given
output-from-after-to = năm bắt đầu --from { $from } sau năm kết thúc --to { $to }
output-from-after-to-hint = ghi năm đầu sau --from và năm cuối sau --to
# The closing line of an import. $file: the file; $added, $replaced: counts;
# $what: what the file holds, plural ("members")
output-import-done = { $file }: đã thêm { $added }, thay { $replaced } { $what }
output-import-rehearsed = { $file }: sẽ thêm { $added }, thay { $replaced } { $what } (chạy thử, không ghi gì)
