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
member-name-mismatch = member_name: tệp ghi { $named } bên cạnh mã { $code }, nhưng trong danh sách thành viên mã { $code } là { $register }; hãy sửa lại mã hoặc tên
member-vanished = thành viên { $code } không còn trong cơ sở dữ liệu
member-not-registered = member: không có thành viên nào mang mã { $code }; hãy nhập danh sách thành viên trước (`danvan member import`)
member-search-empty = hãy gõ một phần tên hoặc một phần mã cần tìm, ví dụ "lan" hoặc "NV00"
# $like: thông báo unit-looks-like
member-row-unit-looks-like = unit: { $like }; thêm --new-units nếu đó là một đơn vị khác
member-row-joined-empty = joined: ngày vào trống; hãy viết ngày theo dạng DD/MM/YYYY hoặc D/M/YYYY (31/03/2026, 1/3/2026), YYYY-MM-DD (2026-03-31), DD-MM-YYYY (31-03-2026) hoặc DD.MM.YYYY (31.03.2026)
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
model-row-started-empty = started: năm bắt đầu của mô hình trống; hãy viết đủ bốn chữ số, ví dụ 2024
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
evaluation-row-subject-empty = subject: trống; hãy ghi mã thành viên, tên đơn vị hoặc mã mô hình
evaluation-row-exemplary-bad = exemplary: { $typed } không phải là có hay không; hãy ghi true/false, yes/no, 1/0, x/để trống hoặc có/không
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
initiative-row-no-bad = no: { $typed } không phải là một số từ 1 trở lên
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
award-row-kind-model = kind: danh hiệu chỉ dành cho cá nhân hoặc tập thể (đơn vị)
award-row-subject-empty = subject: trống; hãy ghi mã thành viên hoặc tên đơn vị
award-row-initiative-absent = initiative: không có sáng kiến { $initiative }
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
