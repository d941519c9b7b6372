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
