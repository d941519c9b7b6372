# Lời trợ giúp (--help) tiếng Việt của danvan, và tiếng Việt cho những chữ
# mà clap tự in (tiêu đề, cờ --help, lỗi dòng lệnh).
#
# Bản tiếng Anh là chú thích (doc comment) trong src/cli, như trước nay;
# tệp này chỉ có tiếng Việt, và một kiểm thử đối chiếu nó với cây lệnh:
#
#   help-danvan                     lời giới thiệu của chính danvan
#   help-LỆNH-LỆNH-CON              lời giới thiệu của `danvan LỆNH LỆNH-CON`
#                                   (help-report-import cho `danvan report import`)
#   help-LỆNH-LỆNH-CON--TÊN         trợ giúp của một đối số hay tùy chọn, TÊN là
#                                   tên trường, `_` viết thành `-`
#                                   (help-report-import--dry-run cho --dry-run)
#       .long = …                   những đoạn thêm của trợ giúp dài (--help),
#                                   khi bản tiếng Anh có
#   clap-…                          chữ của clap: tiêu đề, cờ, lỗi dòng lệnh
#
# Mỗi lệnh và mỗi đối số phải có khóa ở đây, và mỗi khóa help- phải chỉ đúng
# một lệnh hay đối số đang có. Tùy chọn toàn cục (--db, --format, --lang) chỉ
# viết một lần, dưới help-danvan. Dòng "Ví dụ:" lấy nguyên lệnh ví dụ của bản
# tiếng Anh. Các câu dùng chung viết một lần thành term (-tên) rồi gọi lại.

## Chữ của clap

clap-usage = Cách dùng:
clap-commands = Lệnh
clap-command-value = LỆNH
clap-arguments = Đối số
clap-options = Tùy chọn
clap-default = mặc định
clap-possible-values = giá trị được dùng
clap-flag-help = In trợ giúp
clap-flag-help-short = In trợ giúp (xem đầy đủ bằng '--help')
clap-flag-help-long = In trợ giúp (xem bản tóm tắt bằng '-h')
clap-flag-version = In số phiên bản
clap-help-subcommand = In trợ giúp này, hoặc trợ giúp của (các) lệnh con đã nêu
clap-example = Ví dụ:
clap-columns-title = Các cột (tiêu đề là khóa hoặc tên tiếng Việt, chữ hoa hay thường, thứ tự tùy ý, có dấu hay không dấu đều được):
clap-columns-required = bắt buộc
# $numbers: các tên của cột số thứ tự
clap-columns-skipped = Các dòng tiêu đề phía trên dòng tên cột và cột số thứ tự ({ $numbers }) được bỏ qua.

## Lỗi dòng lệnh của clap

clap-error = lỗi
clap-error-unknown-argument = không có đối số '{ $arg }'
clap-error-unknown-subcommand = không có lệnh '{ $name }'
# $args: các đối số còn thiếu
clap-error-missing-argument = thiếu đối số bắt buộc: { $args }
clap-error-missing-subcommand = '{ $name }' cần có một lệnh con [các lệnh con: { $names }]
clap-error-value-required = '{ $arg }' cần một giá trị nhưng chưa có
clap-error-invalid-value = giá trị '{ $value }' không hợp lệ cho '{ $arg }'
clap-error-possible-values = [giá trị được dùng: { $values }]
clap-error-value-validation = giá trị '{ $value }' không hợp lệ cho '{ $arg }': { $reason }
clap-error-repeated = đối số '{ $arg }' chỉ được dùng một lần
clap-error-conflict = đối số '{ $arg }' không dùng cùng được với { $others }
clap-error-too-many-values = thừa giá trị '{ $value }' cho '{ $arg }'
clap-error-other = dòng lệnh không hợp lệ
clap-error-similar-subcommand = gợi ý: có lệnh gần giống: '{ $name }'
clap-error-similar-argument = gợi ý: có đối số gần giống: '{ $arg }'
clap-error-similar-value = gợi ý: có giá trị gần giống: '{ $value }'
clap-error-try-help = Xem thêm: chạy lệnh với '--help'.

## Các câu dùng chung

-member-code = Mã thành viên
-unit-filter = Chỉ thành viên của đơn vị này (chữ hoa hay thường, có dấu hay không dấu đều được)
-month = Tháng: YYYY-MM, `this` (tháng này) hoặc `last` (tháng trước)
-only-year = Chỉ năm này
-only-member = Chỉ thành viên này
-note = Ghi chú
-import-file = Tệp CSV, sổ tính .xlsx/.ods, hoặc - để đọc CSV từ đầu vào chuẩn
-import-sheet = Trang tính cần đọc trong sổ tính [mặc định: trang đầu tiên]
-import-dry-run = Kiểm tra và đếm, không ghi gì
-import-replace = Ghi đè bản ghi đã có cùng khóa thay vì từ chối
-new-unit = Chấp nhận một đơn vị mới viết gần giống một đơn vị đã có (chỉ khác hoa thường, khoảng trắng hoặc dấu)
-unit-field = Đơn vị (phòng, bộ phận), ghi tự do; lệnh này chuyển thành viên sang đơn vị khác, không đổi tên đơn vị (đổi tên bằng `danvan unit rename`)
-roles = Một vai trò (mã hoặc tên tiếng Việt); lặp lại nếu có nhiều vai trò
-joined = Ngày vào, YYYY-MM-DD hoặc DD/MM/YYYY (cả D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY) [khi thêm: mặc định là hôm nay]
-full-name = Họ và tên, viết có dấu
-model-code = Mã mô hình (chữ hoa hay thường đều được)
-model-field = Lĩnh vực của phong trào (mã hoặc tên tiếng Việt)
-model-level = Cấp công nhận mô hình [khi thêm: mặc định là cơ sở]
-model-unit = Đơn vị sở hữu mô hình (đơn vị có thành viên; "" nếu không có)
-model-member = Thành viên sở hữu mô hình, theo mã ("" nếu không có)
-model-started = Năm bắt đầu [khi thêm: mặc định là năm nay]
-rated-year = Năm được xếp loại (không sau năm nay)
-rating = Mã hoặc tên tiếng Việt: excellent (hoàn thành xuất sắc nhiệm vụ), good (hoàn thành tốt nhiệm vụ), complete (hoàn thành nhiệm vụ), incomplete (không hoàn thành nhiệm vụ); có thể bỏ khi dùng --exemplary nếu năm đó đã được xếp loại
-exemplary = Được nêu gương điển hình tiên tiến; không có --rating thì đánh dấu vào đánh giá đã có của năm đó và giữ nguyên xếp loại
-evaluation-replace = Ghi đè đánh giá của năm đó nếu đã có
-level = Mã hoặc tên tiếng Việt: grassroots (cấp cơ sở), district (cấp huyện), province (cấp tỉnh), national (toàn quốc)
-discipline-year = Năm bị kỷ luật (không sau năm nay)
-discipline-form = Mã hoặc tên tiếng Việt: reprimand (khiển trách), warning (cảnh cáo), demotion (hạ bậc lương, cách chức), dismissal (buộc thôi việc, khai trừ)
-export-year = Chỉ năm này
-export-from = Năm đầu của một giai đoạn (cùng với --to)
-export-to = Năm cuối của một giai đoạn (cùng với --from)
-period-from = Năm đầu của giai đoạn
-period-to = Năm cuối của giai đoạn
-export-output = Ghi ra tệp này thay vì đầu ra chuẩn (đuôi .csv, .json hoặc .xlsx quyết định định dạng)
-export-excel = Cho Excel: dấu BOM, xuống dòng CRLF, ô giống công thức được vô hiệu; khi dùng --lang vi thêm dấu `;`, tiêu đề cột và nhãn bằng tiếng Việt, dấu phẩy thập phân
-export-delimiter = Dấu phân cách của CSV, `,` hoặc `;` (thay cho lựa chọn của --excel)
-setting-key = Khóa của thiết lập

## danvan

help-danvan = Điều hành phong trào thi đua "Dân vận khéo" của một cơ quan hay chi bộ trong một tệp SQLite
help-danvan--db = Tệp cơ sở dữ liệu [mặc định: $DANVAN_DB, nếu không thì danvan.db trong thư mục dữ liệu]
help-danvan--format = Cách in danh sách [mặc định: bảng; CSV cho `export LOẠI`]
help-danvan--lang = Ngôn ngữ của bảng và thông báo [mặc định: $DANVAN_LANG, nếu không thì vi khi $LANG bắt đầu bằng vi, còn lại là en]

help-init = Tạo cơ sở dữ liệu (hoặc nâng cấp cơ sở dữ liệu đang có) và in đường dẫn của nó
help-demo = Một cơ sở dữ liệu mới với ba năm số liệu mẫu như thật, rồi bản sơ kết
help-demo--force = Thay tệp đang có, kể cả khi tệp đó không do một lần chạy demo trước tạo ra

## member

help-member = Danh sách thành viên
help-member-add = Thêm một thành viên mới
help-member-add--code = Mã của thành viên, dùng trong mọi lệnh (ví dụ NV001)
help-member-add--name = { -full-name }
help-member-add--unit = { -unit-field }
help-member-add--new-unit = { -new-unit }
help-member-add--roles = { -roles }
help-member-add--joined = { -joined }
help-member-add--email = Thư điện tử
help-member-add--phone = Số điện thoại
help-member-add--note = { -note }

help-member-list = Liệt kê thành viên: những người đang hoạt động hôm nay, trừ khi có --as-of hoặc --all
help-member-list--unit = Chỉ đơn vị này (chữ hoa hay thường, có dấu hay không dấu đều được)
help-member-list--role = Chỉ thành viên giữ vai trò này
help-member-list--as-of = Những thành viên đang hoạt động vào ngày này thay vì hôm nay
help-member-list--all = Tất cả những người từng có tên, kể cả người đã nghỉ

help-member-find = Tìm thành viên, kể cả người đã nghỉ, theo một phần tên hoặc mã
    .long = Chữ hoa hay thường, có dấu hay không dấu đều được: "lan" tìm ra Lân, Lan và Lãn, "duc" tìm ra Đức. Danh sách giống của `member list`, cùng thứ tự, thêm cột cuối cho biết mỗi người có đang hoạt động hôm nay không.
help-member-find--text = Một phần tên hoặc mã (chữ hoa hay thường, có dấu hay không dấu đều được)

help-member-show = Xem thông tin một thành viên
help-member-show--code = { -member-code }

help-member-edit = Sửa thông tin một thành viên; chỉ những tùy chọn được nêu mới thay đổi
help-member-edit--code = { -member-code }
help-member-edit--name = { -full-name }
help-member-edit--unit = { -unit-field }
help-member-edit--new-unit = { -new-unit }
help-member-edit--roles = { -roles }
help-member-edit--joined = { -joined }
help-member-edit--email = Thư điện tử
help-member-edit--phone = Số điện thoại
help-member-edit--note = { -note }

help-member-leave = Ghi nhận một thành viên nghỉ từ một ngày
help-member-leave--code = { -member-code }
help-member-leave--on = Ngày thành viên nghỉ (từ ngày đó không còn hoạt động)
help-member-leave--note = Ghi chú, chẳng hạn lý do

help-member-import = Nhập thành viên từ tệp CSV, sổ tính (.xlsx, .ods) hoặc - từ đầu vào chuẩn; nhận tất cả các dòng hoặc không dòng nào
help-member-import--file = { -import-file }
help-member-import--sheet = { -import-sheet }
help-member-import--dry-run = { -import-dry-run }
help-member-import--replace = { -import-replace }
help-member-import--new-units = Chấp nhận các đơn vị mới viết gần giống đơn vị đã có (chỉ khác hoa thường, khoảng trắng hoặc dấu)

help-member-remove = Xóa một thành viên nhập nhầm (không xóa được khi người đó đã có việc đăng ký, báo cáo hoặc đánh giá)
help-member-remove--code = Mã

## unit

help-unit = Các đơn vị: số thành viên, đổi tên
help-unit-list = Các đơn vị, với số thành viên đang hoạt động và tổng số
help-unit-list--all = Cả những đơn vị không còn thành viên nào hoạt động (và những đơn vị chỉ có tên trong mô hình hoặc đánh giá)
help-unit-rename = Đổi tên một đơn vị trên các thành viên, các mô hình của đơn vị và các đánh giá, trong một lần thay đổi
    .long = `member edit --unit` chuyển một thành viên; lệnh này đổi tên chính đơn vị.
help-unit-rename--old = Tên đơn vị như đang viết (chữ hoa hay thường, có dấu hay không dấu đều được)
help-unit-rename--new = Tên mới
help-unit-rename--merge = Đổi sang tên của một đơn vị đã có, gộp hai đơn vị làm một

## pledge

help-pledge = Đăng ký hằng năm: những việc làm cụ thể mỗi thành viên đăng ký
help-pledge-add = Đăng ký một việc trong bản đăng ký năm của một thành viên; in ra MÃ/NĂM/SỐ của việc
help-pledge-add--member = { -member-code }
help-pledge-add--year = Năm đăng ký việc
help-pledge-add--field = Lĩnh vực của phong trào (mã hoặc tên tiếng Việt)
help-pledge-add--model = Mã của mô hình "Dân vận khéo" mà việc thuộc về
help-pledge-add--text = Nội dung việc thành viên cam kết làm

help-pledge-list = Liệt kê các việc đăng ký, theo thành viên (thứ tự tiếng Việt), năm và số thứ tự
help-pledge-list--year = { -only-year }
help-pledge-list--member = { -only-member }
help-pledge-list--unit = { -unit-filter }
help-pledge-list--field = Chỉ lĩnh vực này

help-pledge-edit = Sửa nội dung, lĩnh vực hoặc mô hình của một việc; chỉ những tùy chọn được nêu mới thay đổi
help-pledge-edit--item = Việc đăng ký, viết MÃ/NĂM/SỐ (ví dụ NV001/2026/2)
help-pledge-edit--text = Nội dung mới
help-pledge-edit--field = Lĩnh vực mới
help-pledge-edit--model = Mã mô hình mới; --model "" bỏ mô hình

help-pledge-remove = Xóa các việc đăng ký, xóa hết hoặc không xóa việc nào (không xóa được khi có báo cáo nhắc đến việc đó)
help-pledge-remove--items = Các việc, viết MÃ/NĂM/SỐ (ví dụ NV001/2026/3); nhiều việc được xóa cùng nhau hoặc không xóa việc nào
help-pledge-remove--member = Mọi việc của thành viên này trong năm --year
help-pledge-remove--year = Năm của các việc của --member

help-pledge-missing = Những thành viên đang hoạt động chưa đăng ký việc nào trong năm
    .long = Những thành viên đang hoạt động vào ngày 31 tháng 12 của năm đó (với năm nay là hôm nay) mà chưa đăng ký việc gì cho năm.
help-pledge-missing--year = Năm
help-pledge-missing--unit = { -unit-filter }

help-pledge-import = Nhập các việc đăng ký từ tệp CSV (hoặc - từ đầu vào chuẩn); nhận tất cả các dòng hoặc không dòng nào
    .long = Các cột: member,year,no,field,model,text. Cột `no` để trống thì dòng được đánh số tiếp sau các việc của thành viên trong năm đó. Với --replace, dòng có MÃ/NĂM/SỐ đã có sẽ thay việc đó.
help-pledge-import--file = { -import-file }
help-pledge-import--sheet = { -import-sheet }
help-pledge-import--dry-run = { -import-dry-run }
help-pledge-import--replace = { -import-replace }

help-pledge-template = Ghi mẫu đăng ký của năm: các dòng cho từng thành viên đang hoạt động điền vào
    .long = Các cột của `pledge import` (Mã, Họ và tên, Đơn vị, Năm, Việc số, Lĩnh vực — danh sách chọn trong .xlsx —, Mô hình, Nội dung đăng ký), mỗi thành viên ba dòng trống, hoặc với --carry là các việc năm trước của thành viên và một dòng trống. Dòng để trống không đăng ký gì; mẫu đã điền nhập bằng `danvan pledge import`.
help-pledge-template--year = Năm đăng ký
help-pledge-template--unit = { -unit-filter }
help-pledge-template--carry = Điền sẵn các việc năm trước của mỗi thành viên
help-pledge-template--output = Tệp cần ghi: .xlsx hoặc .csv

## report

help-report = Báo cáo tháng tự đánh giá theo việc đăng ký, và những ai chưa báo cáo
help-report-add = Ghi báo cáo tháng của một thành viên: mỗi việc đăng ký một kết quả (và ghi chú)
    .long =
        Kết quả: done, in-progress, not-done, hoặc tên tiếng Việt ("đã làm", "đang làm", "chưa làm được"). Việc không được nêu là "chưa báo cáo".

        Nhiều việc một lúc: --item 1-3=done, --item 1,2,4=done, hoặc --all done cùng --item cho những việc khác đi (--all done --item 2=not-done).
help-report-add--member = { -member-code }
help-report-add--month = Tháng báo cáo: YYYY-MM, `this` (tháng này) hoặc `last` (tháng trước)
help-report-add--items = SỐ=KẾT-QUẢ hoặc SỐ=KẾT-QUẢ:GHI-CHÚ cho các việc đăng ký; lặp lại cho mỗi việc. SỐ có thể chỉ nhiều việc: 1,2,3 hoặc 1-3
help-report-add--all = Cho mọi việc đã đăng ký kết quả này; --item ghi những việc khác đi (--all done --item 2=not-done)
help-report-add--on = Ngày nộp báo cáo [mặc định: hôm nay]
help-report-add--replace = Thay toàn bộ báo cáo đã có của thành viên trong tháng

help-report-list = Liệt kê báo cáo: mỗi báo cáo một dòng, với số việc theo từng kết quả
help-report-list--month = Chỉ tháng này: YYYY-MM, `this` (tháng này) hoặc `last` (tháng trước)
help-report-list--year = Chỉ các tháng của năm này
help-report-list--member = { -only-member }
help-report-list--unit = { -unit-filter }

help-report-show = Xem báo cáo tháng của một thành viên, từng việc theo bản đăng ký
help-report-show--member = { -member-code }
help-report-show--month = { -month }

help-report-missing = Những thành viên phải báo cáo trong tháng mà chưa báo cáo (lời nhắc chạy bằng cron)
    .long = Phải báo cáo: thành viên đang hoạt động vào ngày cuối tháng (hôm nay nếu tháng chưa hết) và có việc đăng ký trong năm. Không in gì cả, ở mọi định dạng, khi không ai thiếu.
help-report-missing--month = Tháng: YYYY-MM, `this` (tháng này) hoặc `last` (tháng trước) [mặc định: last]
help-report-missing--unit = { -unit-filter }
help-report-missing--list-units = Chỉ in các đơn vị còn thiếu báo cáo, mỗi đơn vị một dòng (cho script)
help-report-missing--letter = In lời nhắc thành một thư để gửi (tháng nào, ai, cần làm gì) thay vì bảng; không in gì khi không ai thiếu

help-report-import = Nhập kết quả báo cáo từ tệp CSV (hoặc - từ đầu vào chuẩn); nhận tất cả các dòng hoặc không dòng nào
    .long =
        Các cột: member,month,item,status,note,submitted_on, mỗi việc một dòng; các dòng cùng thành viên và tháng làm thành một báo cáo và chung một submitted_on (để trống: hôm nay). Với --replace, báo cáo đã có trong cơ sở dữ liệu được thay toàn bộ.

        Cũng đọc được dạng bảng ngang do `report template` ghi ra, nhận biết qua tiêu đề: mỗi thành viên một dòng, mỗi việc một cột kết quả (Việc 1 / Item 1) và một cột ghi chú (Ghi chú 1 / Note 1); ô kết quả trống là "chưa báo cáo", dòng không có kết quả nào là không có báo cáo.
help-report-import--file = { -import-file }
help-report-import--sheet = { -import-sheet }
help-report-import--dry-run = { -import-dry-run }
help-report-import--replace = { -import-replace }

help-report-remove = Xóa báo cáo tháng của một thành viên, cùng các kết quả của nó
help-report-remove--code = { -member-code }
help-report-remove--month = Tháng của báo cáo: YYYY-MM, `this` (tháng này) hoặc `last` (tháng trước)

help-report-template = Ghi mẫu báo cáo của tháng để điền: mỗi thành viên phải báo cáo một dòng
    .long = Các cột Mã, Họ và tên, Đơn vị, Tháng, mỗi số việc một cột kết quả (Việc 1, Việc 2 …, danh sách chọn trong .xlsx), mỗi việc một cột ghi chú (Ghi chú 1 …) và Ngày nộp; trang thứ hai liệt kê nội dung các việc. Báo cáo đã ghi được điền sẵn. Mẫu đã điền nhập bằng `danvan report import` (thêm --replace cho những dòng đã điền từ trước).
help-report-template--month = { -month }
help-report-template--unit = { -unit-filter }
help-report-template--output = Tệp cần ghi: .xlsx hoặc .csv

help-report-enter = Gõ báo cáo tháng ngay tại màn hình, mỗi việc một phím
    .long = Lần lượt qua những thành viên phải báo cáo mà chưa báo cáo, hiện nội dung từng việc: d đã làm, p đang làm, n chưa làm được, Enter bỏ qua việc, b hoặc Backspace quay lại một việc, q thoát. Báo cáo của mỗi thành viên được lưu ngay khi trả lời xong việc cuối, nên thoát chỉ mất phần của thành viên đang gõ. Cần chạy trong cửa sổ dòng lệnh.
help-report-enter--month = { -month }
help-report-enter--unit = { -unit-filter }

## model

help-model = Các mô hình "Dân vận khéo" của đơn vị
help-model-add = Đăng ký một mô hình mới, của một đơn vị hoặc một thành viên
help-model-add--code = Mã của mô hình, dùng trong mọi lệnh (ví dụ MH01)
help-model-add--name = Tên mô hình
help-model-add--field = { -model-field }
help-model-add--level = { -model-level }
help-model-add--unit = { -model-unit }
help-model-add--member = { -model-member }
help-model-add--started = { -model-started }
help-model-add--note = { -note }

help-model-list = Liệt kê mô hình theo mã: tất cả, hoặc những mô hình đang thực hiện trong một năm
help-model-list--field = Chỉ lĩnh vực này
help-model-list--year = Chỉ những mô hình đang thực hiện trong năm này (đã bắt đầu, chưa dừng trước năm đó)

help-model-show = Xem thông tin một mô hình
help-model-show--code = { -model-code }

help-model-edit = Sửa thông tin một mô hình; chỉ những tùy chọn được nêu mới thay đổi
help-model-edit--code = { -model-code }
help-model-edit--name = Tên mô hình
help-model-edit--field = { -model-field }
help-model-edit--level = { -model-level }
help-model-edit--unit = { -model-unit }
help-model-edit--member = { -model-member }
help-model-edit--started = { -model-started }
help-model-edit--note = { -note }
help-model-edit--running = Bỏ năm dừng: mô hình được thực hiện trở lại

help-model-retire = Ghi năm cuối cùng mô hình được thực hiện
help-model-retire--code = { -model-code }
help-model-retire--year = Năm cuối mô hình được thực hiện (năm đó vẫn tính là đang thực hiện)

help-model-import = Nhập mô hình từ tệp CSV (hoặc - từ đầu vào chuẩn); nhận tất cả các dòng hoặc không dòng nào
help-model-import--file = { -import-file }
help-model-import--sheet = { -import-sheet }
help-model-import--dry-run = { -import-dry-run }
help-model-import--replace = { -import-replace }

help-model-remove = Xóa một mô hình (không xóa được khi còn việc đăng ký hoặc đánh giá nhắc đến nó)
help-model-remove--code = Mã

## evaluate

help-evaluate = Xếp loại hằng năm của thành viên, đơn vị và mô hình; điển hình tiên tiến
help-evaluate-member = Ghi xếp loại của một thành viên trong một năm
help-evaluate-member--code = { -member-code }
help-evaluate-member--year = { -rated-year }
help-evaluate-member--rating = { -rating }
help-evaluate-member--exemplary = { -exemplary }
help-evaluate-member--note = { -note }
help-evaluate-member--replace = { -evaluation-replace }

help-evaluate-unit = Ghi xếp loại của một đơn vị (tập thể) trong một năm
help-evaluate-unit--unit = Đơn vị, như tên ghi ở thành viên (chữ hoa hay thường, có dấu hay không dấu đều được)
help-evaluate-unit--year = { -rated-year }
help-evaluate-unit--rating = { -rating }
help-evaluate-unit--exemplary = { -exemplary }
help-evaluate-unit--note = { -note }
help-evaluate-unit--replace = { -evaluation-replace }

help-evaluate-model = Ghi xếp loại của một mô hình trong một năm
help-evaluate-model--code = Mã mô hình
help-evaluate-model--year = { -rated-year }
help-evaluate-model--rating = { -rating }
help-evaluate-model--exemplary = { -exemplary }
help-evaluate-model--note = { -note }
help-evaluate-model--replace = { -evaluation-replace }

help-evaluate-suggest = Xếp loại đề xuất từ các báo cáo tháng trong năm, cho mọi thành viên đang hoạt động có đăng ký
    .long = Tính các tháng đã qua của năm. Với --apply, ghi các đề xuất cho những thành viên chưa được xếp loại năm đó.
help-evaluate-suggest--year = Năm (không sau năm nay)
help-evaluate-suggest--apply = Ghi các đề xuất cho những thành viên chưa được xếp loại năm đó

help-evaluate-list = Liệt kê đánh giá theo năm, loại và đối tượng
help-evaluate-list--year = { -only-year }
help-evaluate-list--kind = Chỉ loại này: member (cá nhân), unit (tập thể) hoặc model (mô hình)

help-evaluate-import = Nhập đánh giá từ tệp CSV (hoặc - từ đầu vào chuẩn); nhận tất cả các dòng hoặc không dòng nào
help-evaluate-import--file = { -import-file }
help-evaluate-import--sheet = { -import-sheet }
help-evaluate-import--dry-run = { -import-dry-run }
help-evaluate-import--replace = { -import-replace }

help-evaluate-remove = Xóa đánh giá của một thành viên, đơn vị hoặc mô hình trong một năm
help-evaluate-remove--kind = member (cá nhân), unit (tập thể) hoặc model (mô hình)
help-evaluate-remove--subject = Mã thành viên, tên đơn vị hoặc mã mô hình
help-evaluate-remove--year = Năm được xếp loại

## initiative

help-initiative = Sáng kiến của thành viên, căn cứ để xét danh hiệu Chiến sĩ thi đua cơ sở
help-initiative-add = Ghi một sáng kiến đã được công nhận của thành viên; in ra MÃ/NĂM/SỐ của nó
help-initiative-add--member = { -member-code }
help-initiative-add--year = Năm được công nhận (không sau năm nay)
help-initiative-add--recognised-by = Nơi công nhận (một hội đồng, một quyết định)
help-initiative-add--level = { -level }
help-initiative-add--title = Tên sáng kiến

help-initiative-list = Liệt kê sáng kiến, cùng danh hiệu mà mỗi sáng kiến làm căn cứ
help-initiative-list--year = { -only-year }
help-initiative-list--member = { -only-member }

help-initiative-remove = Xóa một sáng kiến (không xóa được khi có danh hiệu dựa vào nó)
help-initiative-remove--initiative = MÃ/NĂM/SỐ, như `initiative list` hiện ra

help-initiative-import = Nhập sáng kiến từ tệp CSV hoặc sổ tính; nhận tất cả các dòng hoặc không dòng nào
help-initiative-import--file = { -import-file }
help-initiative-import--sheet = { -import-sheet }
help-initiative-import--dry-run = { -import-dry-run }
help-initiative-import--replace = { -import-replace }

## discipline

help-discipline = Kỷ luật của thành viên, khiến không được xét danh hiệu trong năm đó
help-discipline-add = Ghi một hình thức kỷ luật của thành viên trong một năm
help-discipline-add--member = { -member-code }
help-discipline-add--year = { -discipline-year }
help-discipline-add--form = { -discipline-form }
help-discipline-add--note = { -note }

help-discipline-list = Liệt kê các kỷ luật
help-discipline-list--year = { -only-year }
help-discipline-list--member = { -only-member }

help-discipline-remove = Xóa một kỷ luật ghi nhầm
help-discipline-remove--member = { -member-code }
help-discipline-remove--year = { -discipline-year }
help-discipline-remove--form = { -discipline-form }
help-discipline-remove--note = { -note }

help-discipline-import = Nhập kỷ luật từ tệp CSV hoặc sổ tính; nhận tất cả các dòng hoặc không dòng nào
help-discipline-import--file = { -import-file }
help-discipline-import--sheet = { -import-sheet }
help-discipline-import--dry-run = { -import-dry-run }
help-discipline-import--replace = { -import-replace }

## award

help-award = Danh hiệu thi đua: đề nghị theo quy định, quyết định của hội đồng, ai được gì
help-award-propose = Những danh hiệu mỗi thành viên và đơn vị đủ điều kiện trong năm, cùng quy định và căn cứ
    .long = Lao động tiên tiến, Chiến sĩ thi đua cơ sở (có giới hạn tỷ lệ), Tập thể lao động tiên tiến và xuất sắc, và những người được đề nghị Bằng khen và Chiến sĩ thi đua cấp tỉnh theo số năm liên tục. Các ngưỡng là các thiết lập ldtt_min_months, cstdcs_requires_excellent, cstdcs_cap_percent và ttldtt_min_percent. Với --apply, ghi các đề nghị thay cho những đề nghị chưa có quyết định của năm.
help-award-propose--year = Năm (không sau năm nay)
help-award-propose--apply = Ghi các đề nghị (danh hiệu đã được tặng giữ nguyên)

help-award-decide = Ghi một quyết định và tặng theo quyết định đó các danh hiệu đã đề nghị trong năm mà nó nêu
help-award-decide--number = Số quyết định, như 70/QĐ-UBND
help-award-decide--on = Ngày quyết định
help-award-decide--issuer = Nơi ban hành, như "UBND tỉnh Kon Tum"
help-award-decide--level = { -level }
help-award-decide--year = Năm của các danh hiệu
help-award-decide--titles = Chỉ các đề nghị của danh hiệu này; lặp lại nếu nhiều danh hiệu [mặc định: mọi danh hiệu]
help-award-decide--subjects = Chỉ thành viên (mã) hoặc đơn vị (tên) này; lặp lại nếu nhiều [mặc định: mọi người được đề nghị]

help-award-list = Liệt kê danh hiệu đã đề nghị và đã tặng: ai được gì, theo quyết định nào
help-award-list--year = { -only-year }
help-award-list--title = Chỉ danh hiệu này
help-award-list--granted = Chỉ những danh hiệu đã được tặng theo quyết định
help-award-list--proposed = Chỉ những đề nghị chưa có quyết định

help-award-import = Nhập khen thưởng (như `export awards` ghi ra); nhận tất cả các dòng hoặc không dòng nào
help-award-import--file = { -import-file }
help-award-import--sheet = { -import-sheet }
help-award-import--dry-run = { -import-dry-run }
help-award-import--replace = { -import-replace }

## export

help-export = Xuất dữ liệu ra CSV, JSON hoặc sổ tính .xlsx cho bảng tính và script
help-export-members = Danh sách thành viên, theo các cột của lệnh nhập thành viên
help-export-models = Các mô hình, theo các cột của lệnh nhập mô hình
help-export-pledges = Các việc đăng ký, theo các cột của lệnh nhập việc đăng ký
help-export-reports = Kết quả báo cáo tháng, mỗi việc một dòng, theo các cột của lệnh nhập báo cáo
help-export-evaluations = Các đánh giá, theo các cột của lệnh nhập đánh giá
help-export-initiatives = Các sáng kiến, theo các cột của lệnh nhập sáng kiến
help-export-disciplines = Các kỷ luật, theo các cột của lệnh nhập kỷ luật
help-export-awards = Danh hiệu đã đề nghị và đã tặng cùng quyết định, theo các cột của lệnh nhập khen thưởng
help-export-summary = Bản sơ kết: mọi chỉ tiêu theo từng năm và cộng cả giai đoạn, hoặc theo từng đơn vị
help-export-summary--from = { -period-from }
help-export-summary--to = { -period-to }
help-export-summary--by = Mỗi đơn vị một dòng, các chỉ tiêu thành cột, cho cả giai đoạn
help-export-summary--output = { -export-output }
help-export-summary--excel = { -export-excel }
help-export-summary--delimiter = { -export-delimiter }
help-export-review = Bản sơ kết thành văn bản cho cuộc họp chi bộ: Word (.docx) hoặc sổ tính (.xlsx)
help-export-review--from = { -period-from }
help-export-review--to = { -period-to }
help-export-review--output = Tệp cần ghi: .docx cho Word, .xlsx cho sổ tính
help-export-review--from-files = Sơ kết của cấp trên: các tệp sơ kết của chi bộ (`export summary --format json`) và tệp cơ sở dữ liệu, đọc như lệnh `rollup`; các phần theo đơn vị thành theo chi bộ
help-export-members--year = { -export-year }
help-export-members--from = { -export-from }
help-export-members--to = { -export-to }
help-export-members--output = { -export-output }
help-export-members--excel = { -export-excel }
help-export-members--delimiter = { -export-delimiter }
help-export-models--year = { -export-year }
help-export-models--from = { -export-from }
help-export-models--to = { -export-to }
help-export-models--output = { -export-output }
help-export-models--excel = { -export-excel }
help-export-models--delimiter = { -export-delimiter }
help-export-pledges--year = { -export-year }
help-export-pledges--from = { -export-from }
help-export-pledges--to = { -export-to }
help-export-pledges--output = { -export-output }
help-export-pledges--excel = { -export-excel }
help-export-pledges--delimiter = { -export-delimiter }
help-export-reports--year = { -export-year }
help-export-reports--from = { -export-from }
help-export-reports--to = { -export-to }
help-export-reports--output = { -export-output }
help-export-reports--excel = { -export-excel }
help-export-reports--delimiter = { -export-delimiter }
help-export-evaluations--year = { -export-year }
help-export-evaluations--from = { -export-from }
help-export-evaluations--to = { -export-to }
help-export-evaluations--output = { -export-output }
help-export-evaluations--excel = { -export-excel }
help-export-evaluations--delimiter = { -export-delimiter }
help-export-initiatives--year = { -export-year }
help-export-initiatives--from = { -export-from }
help-export-initiatives--to = { -export-to }
help-export-initiatives--output = { -export-output }
help-export-initiatives--excel = { -export-excel }
help-export-initiatives--delimiter = { -export-delimiter }
help-export-disciplines--year = { -export-year }
help-export-disciplines--from = { -export-from }
help-export-disciplines--to = { -export-to }
help-export-disciplines--output = { -export-output }
help-export-disciplines--excel = { -export-excel }
help-export-disciplines--delimiter = { -export-delimiter }
help-export-awards--year = { -export-year }
help-export-awards--from = { -export-from }
help-export-awards--to = { -export-to }
help-export-awards--output = { -export-output }
help-export-awards--excel = { -export-excel }
help-export-awards--delimiter = { -export-delimiter }

## rollup, setting, quản trị

help-rollup = Sơ kết của cấp trên: cộng các tệp sơ kết hoặc cơ sở dữ liệu của nhiều chi bộ
help-rollup--files = Các tệp sơ kết của chi bộ (`export summary --format json`) và tệp cơ sở dữ liệu, lẫn lộn cũng được, hoặc thư mục chứa chúng; cơ sở dữ liệu chỉ được đọc
help-rollup--from = { -period-from }
help-rollup--to = { -period-to }
help-rollup--by = Mỗi chi bộ một dòng, các chỉ tiêu thành cột, cho cả giai đoạn
help-rollup--output = { -export-output }
help-rollup--excel = { -export-excel }
help-rollup--delimiter = { -export-delimiter }

help-setting = Thiết lập của chi bộ: nơi ban hành và người ký bản sơ kết, ngưỡng xét danh hiệu
help-setting-set = Đặt một thiết lập (organisation, cell, parent, place, signer_title, signer_name, ldtt_min_months, cstdcs_cap_percent, cstdcs_requires_excellent, ttldtt_min_percent)
help-setting-set--key = { -setting-key }
help-setting-set--value = Giá trị (đặt trong ngoặc kép nếu có khoảng trắng)
help-setting-list = Mọi thiết lập với giá trị, hoặc giá trị mặc định khi chưa đặt
help-setting-unset = Bỏ giá trị của một thiết lập để giá trị mặc định có hiệu lực trở lại
help-setting-unset--key = { -setting-key }

help-backup = Sao lưu nhất quán cơ sở dữ liệu trong khi người khác vẫn đang dùng
help-backup--file = Nơi ghi bản sao: một tệp mới, hoặc một tệp thường để thay (không phải chính cơ sở dữ liệu, một liên kết hay một thiết bị)
help-check = Kiểm tra tính toàn vẹn và các khóa ngoại của cơ sở dữ liệu
help-log = Nhật ký thay đổi, mới nhất trước
help-log--limit = Số mục cần xem, mới nhất trước
help-undo = Hoàn tác thay đổi mới nhất chưa hoàn tác, hoặc thay đổi số N của `danvan log`
help-undo--change = Thay đổi cần hoàn tác, theo số ở cột `change` của `danvan log` [mặc định: thay đổi mới nhất chưa hoàn tác]
help-undo--dry-run = Cho biết sẽ hoàn tác những gì, không thay đổi gì
help-completions = In đoạn mã tự hoàn thành lệnh cho một shell
help-completions--shell = bash, zsh, fish, powershell hoặc elvish
help-man = In trang hướng dẫn danvan(1)
help-man--dir = Ghi mỗi lệnh một trang (danvan.1, danvan-member.1, …) vào thư mục này thay vì in danvan(1)
