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
import-group-first-empty = { $heading }: ô này trống nhưng các ô khác của việc số { $no } đã điền; hãy điền ô này hoặc xóa các ô kia
import-cell-without-heading = cột { $column } có giá trị { $value } nhưng không có tên cột; hãy thêm tên cột hoặc xóa ô này
import-cell-count = dòng có { $cells } ô trong khi dòng tên cột có { $width } ô; kiểm tra xem có dấu phân cách thừa hoặc thiếu dấu ngoặc kép không
import-nul-byte = cột { $column }: ô chứa ký tự NUL; hãy xóa ký tự đó
