<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name></name>
    <message>
        <source>Cancel</source>
        <translation type="obsolete">Huỷ</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="204"/>
        <source>Title of the article</source>
        <translation>Tiêu đề bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="222"/>
        <source>Lead: a short paragraph shown in bold under the title</source>
        <translation>Sapo: đoạn ngắn in đậm dưới tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="226"/>
        <source>Missing alt text — double-click to add</source>
        <translation>Thiếu mô tả ảnh (alt) — nhấp đúp để thêm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="230"/>
        <source>Write the article here…</source>
        <translation>Viết nội dung bài tại đây…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="234"/>
        <source>e.g. Office of the Department</source>
        <translation>VD: Văn phòng Sở</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="236"/>
        <source>e.g. Source: baolangson.vn</source>
        <translation>VD: Nguồn: baolangson.vn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="238"/>
        <source>Keywords, separated by commas</source>
        <translation>Từ khoá, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="247"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="250"/>
        <source>Date:</source>
        <translation>Ngày đăng:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="254"/>
        <source>Category:</source>
        <translation>Chuyên mục:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="258"/>
        <source>Lead:</source>
        <translation>Sapo:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="262"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="264"/>
        <source>Author:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="267"/>
        <source>Tags:</source>
        <translation>Từ khoá:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="269"/>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="340"/>
        <source>The editorial board decided not to publish it: %1</source>
        <translation>Ban biên tập quyết định không đăng bài này: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="342"/>
        <source>Returned by the editorial board: %1</source>
        <translation>Ban biên tập trả lại: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="496"/>
        <source>The date typed is not a valid date and time, so the old date %1 was kept. Type it as dd/mm/yyyy hh:mm.</source>
        <translation>Ngày giờ vừa gõ không hợp lệ, vẫn giữ ngày cũ %1. Gõ theo dạng dd/mm/yyyy hh:mm.</translation>
    </message>
    <message>
        <source>Not a date: type dd/mm/yyyy hh:mm</source>
        <translation type="vanished">Ngày không hợp lệ: gõ theo dạng dd/mm/yyyy hh:mm</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="41"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="42"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="43"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="44"/>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="45"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="73"/>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="74"/>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="75"/>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="76"/>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="77"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="84"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="88"/>
        <source>Change folder…</source>
        <translation>Đổi thư mục…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="92"/>
        <source>Made at</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="92"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="92"/>
        <source>Articles</source>
        <translation>Số bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="92"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="99"/>
        <source>Restore this backup…</source>
        <translation>Khôi phục bản sao lưu này…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="103"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="108"/>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="121"/>
        <source>A copy is made automatically once a day when the program starts; the last 7 daily and 4 weekly copies are kept. Restoring keeps a copy of the current data.</source>
        <translation>Mỗi ngày chương trình tự sao lưu một lần khi khởi động; giữ 7 bản hằng ngày và 4 bản hằng tuần gần nhất. Khi khôi phục, dữ liệu hiện tại cũng được giữ lại một bản.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="146"/>
        <source>damaged: %1</source>
        <translation>bị hỏng: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="170"/>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="185"/>
        <source>Backup failed</source>
        <translation>Sao lưu thất bại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="205"/>
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="205"/>
        <source>This backup is damaged.</source>
        <translation>Bản sao lưu này bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="209"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="211"/>
        <source>Replace all current data with the backup of %1 (%2 articles)? A copy of the current data is kept in the backup folder.</source>
        <translation>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc %1 (%2 bài)? Dữ liệu hiện tại sẽ được giữ một bản trong thư mục sao lưu.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="227"/>
        <source>Restore failed</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="241"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="242"/>
        <source>The backup was restored. The data it replaced is kept in %1.</source>
        <translation>Đã khôi phục bản sao lưu. Dữ liệu trước đó được giữ tại %1.</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../../deskeditor/gui/body_editor.py" line="450"/>
        <source>Table name (caption): type it here, or leave it empty</source>
        <translation>Tên bảng: gõ vào đây, hoặc để trống</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="44"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="45"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="46"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="47"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="48"/>
        <source>Remove…</source>
        <translation>Xoá…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="65"/>
        <source>The order here is the order of the pick list. Changes are made when you press OK.</source>
        <translation>Thứ tự ở đây là thứ tự trong danh sách chọn. Các thay đổi chỉ được lưu khi bấm Đồng ý.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/categories_page.py" line="92"/>
        <source>Used by %n article(s).</source>
        <translation>
            <numerusform>Đang có %n tin, bài.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="99"/>
        <source>Name of the category:</source>
        <translation>Tên chuyên mục:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="107"/>
        <source>There is already a category named “%1”.</source>
        <translation>Đã có chuyên mục “%1”.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="114"/>
        <source>Add category</source>
        <translation>Thêm chuyên mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="127"/>
        <source>Rename category</source>
        <translation>Đổi tên chuyên mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="153"/>
        <source>(no category)</source>
        <translation>(không thuộc chuyên mục nào)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/categories_page.py" line="155"/>
        <source>%n article(s) are in “%1”. Which category should they move to?</source>
        <translation>
            <numerusform>Chuyên mục “%1” đang có %n tin, bài. Chuyển các tin, bài này sang chuyên mục nào?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/categories_page.py" line="158"/>
        <source>Remove category</source>
        <translation>Xoá chuyên mục</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <location filename="../../deskeditor/gui/crash_report.py" line="41"/>
        <source>Program error</source>
        <translation>Lỗi chương trình</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crash_report.py" line="42"/>
        <source>Something went wrong inside the program: %1

The program keeps running. Save your article (Ctrl+S) to be safe. The details were written to:
%2</source>
        <translation>Đã xảy ra lỗi bên trong chương trình: %1

Chương trình vẫn tiếp tục chạy. Để an toàn, hãy lưu bài viết (Ctrl+S). Chi tiết lỗi đã được ghi vào:
%2</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crash_report.py" line="60"/>
        <source>The program stopped unexpectedly last time</source>
        <translation>Lần trước chương trình đã dừng đột ngột</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crash_report.py" line="61"/>
        <source>The last session ended with a fatal error. Work kept by autosave is offered back separately. If this happens again, send this file to your IT office:
%1</source>
        <translation>Lần làm việc trước đã kết thúc vì một lỗi nghiêm trọng. Phần việc được tự động lưu sẽ được đề nghị khôi phục riêng. Nếu lỗi này lặp lại, hãy gửi tệp sau cho bộ phận công nghệ thông tin:
%1</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="253"/>
        <source>Crop and rotate photo</source>
        <translation>Cắt và xoay ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="260"/>
        <source>Crop frame</source>
        <translation>Khung cắt ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="262"/>
        <source>Free</source>
        <translation>Tự do</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="265"/>
        <source>&amp;Upright frame</source>
        <translation>Khung &amp;dọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="267"/>
        <source>Rotate &amp;left</source>
        <translation>Xoay &amp;trái</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="268"/>
        <source>Rotate &amp;right</source>
        <translation>Xoay &amp;phải</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="269"/>
        <source>&amp;Whole picture</source>
        <translation>&amp;Cả ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="280"/>
        <source>Drag the frame or its corners with the mouse. With the keyboard: arrows move the frame, Shift+arrows change its size (Ctrl for one pixel).</source>
        <translation>Kéo khung hoặc các góc của khung bằng chuột. Bằng bàn phím: phím mũi tên di chuyển khung, Shift + mũi tên đổi kích thước khung (giữ Ctrl để đi từng điểm ảnh).</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="288"/>
        <source>&amp;Frame:</source>
        <translation>&amp;Khung:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="297"/>
        <source>Preview:</source>
        <translation>Xem trước:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="424"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="450"/>
        <source>The frame must stay inside the picture.</source>
        <translation>Khung cắt phải nằm trong ảnh.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="446"/>
        <source>The frame is too small: at least %1 pixels each way.</source>
        <translation>Khung cắt quá nhỏ: mỗi chiều ít nhất %1 điểm ảnh.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="455"/>
        <source>The frame is too long and thin for a photo.</source>
        <translation>Khung cắt quá dài và hẹp, không còn là một bức ảnh.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="458"/>
        <source>The frame does not have the chosen ratio.</source>
        <translation>Khung cắt không đúng tỉ lệ đã chọn.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="464"/>
        <source>This crop cannot be used.</source>
        <translation>Không dùng được khung cắt này.</translation>
    </message>
</context>
<context>
    <name>CsvProblemsDialog</name>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="316"/>
        <source>Rows that cannot be imported</source>
        <translation>Các dòng không nhập được</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/link_tree.py" line="320"/>
        <source>%n row(s) of the file cannot be imported, so nothing has been imported yet:</source>
        <translation>
            <numerusform>Có %n dòng trong tệp không nhập được, vì vậy chưa nhập dữ liệu nào:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="330"/>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="335"/>
        <source>Import the good rows, skip the bad ones</source>
        <translation>Nhập các dòng hợp lệ, bỏ qua các dòng lỗi</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../deskeditor/gui/date_field.py" line="43"/>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/date_field.py" line="50"/>
        <source>Pick the date on a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/date_field.py" line="103"/>
        <source>Not a date: type it as dd/mm/yyyy hh:mm, for example %1</source>
        <translation>Ngày không hợp lệ: gõ theo dạng dd/mm/yyyy hh:mm, ví dụ %1</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="42"/>
        <source>Record the decision</source>
        <translation>Ghi ý kiến duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="44"/>
        <source>Article: %1
Version code on the signed slip: %2</source>
        <translation>Bài: %1
Mã phiên bản trên phiếu đã ký: %2</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="53"/>
        <source>The approver&apos;s comment (required when returning)</source>
        <translation>Ý kiến của người duyệt (bắt buộc khi trả lại)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="60"/>
        <source>Approve for publication</source>
        <translation>Đồng ý đăng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="61"/>
        <source>Return for changes</source>
        <translation>Sửa lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="62"/>
        <source>Do not publish</source>
        <translation>Không đăng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="72"/>
        <source>Approver:</source>
        <translation>Người duyệt:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="73"/>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="77"/>
        <source>Decision:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="78"/>
        <source>Comment:</source>
        <translation>Ý kiến:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="100"/>
        <source>Enter the approver&apos;s name.</source>
        <translation>Hãy nhập họ tên người duyệt.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="104"/>
        <source>Say what must change: the comment is shown to the author.</source>
        <translation>Hãy ghi rõ cần sửa gì: ý kiến sẽ hiển thị cho tác giả.</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../deskeditor/messages.py" line="421"/>
        <source>the file is damaged or is not a Word document</source>
        <comment>word.damaged</comment>
        <translation>tệp bị hỏng hoặc không phải văn bản Word</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="422"/>
        <source>this is not a Word document (.docx)</source>
        <comment>word.not_word</comment>
        <translation>đây không phải văn bản Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="423"/>
        <source>the document is protected by a password; remove the password in Word and try again</source>
        <comment>word.encrypted</comment>
        <translation>văn bản được đặt mật khẩu; hãy bỏ mật khẩu trong Word rồi thử lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="424"/>
        <source>this is an old Word document (.doc); open it in Word and save it as .docx</source>
        <comment>word.legacy_doc</comment>
        <translation>đây là văn bản Word kiểu cũ (.doc); hãy mở trong Word và lưu lại thành .docx</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="425"/>
        <source>this is an RTF document, not a .docx; open it in Word and save it as .docx</source>
        <comment>word.rtf</comment>
        <translation>đây là văn bản RTF, không phải .docx; hãy mở trong Word và lưu lại thành .docx</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="426"/>
        <source>the file unpacks to far more than a Word document holds (a zip bomb?)</source>
        <comment>word.zip_bomb</comment>
        <translation>tệp giải nén ra lớn bất thường so với một văn bản Word (có thể là “bom zip”)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="427"/>
        <source>the document is too long for one article (at most {blocks} blocks, {items} list items)</source>
        <comment>word.too_long</comment>
        <translation>văn bản quá dài cho một bài viết (tối đa {blocks} khối, {items} mục danh sách)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="428"/>
        <source>no title found; the file name is used as the title</source>
        <comment>word.no_title</comment>
        <translation>không tìm thấy tiêu đề; tên tệp được dùng làm tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="429"/>
        <source>the document holds no text, table or picture; there is nothing to import</source>
        <comment>word.empty</comment>
        <translation>văn bản không có chữ, bảng hay ảnh nào; không có gì để nhập</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="430"/>
        <source>{count} paragraph(s) in an old Vietnamese encoding (TCVN3 or VNI) without its font, converted to Unicode: check them</source>
        <comment>word.legacy_text</comment>
        <translation>{count} đoạn dùng bảng mã tiếng Việt cũ (TCVN3 hoặc VNI) mà không có phông của nó, đã chuyển sang Unicode: hãy kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="431"/>
        <source>a sign-off document exported by deskeditor (version code {code}): the approval slip was left out, and its date, category, lead, byline and source went into their fields</source>
        <comment>word.own_export</comment>
        <translation>tài liệu duyệt do deskeditor xuất (mã phiên bản {code}): đã bỏ phiếu duyệt; ngày đăng, chuyên mục, sapo, tác giả và nguồn được đưa vào đúng ô của chúng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="432"/>
        <source>text boxes left out: {count}</source>
        <comment>word.textbox</comment>
        <translation>hộp văn bản bị bỏ qua: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="433"/>
        <source>shapes and drawings left out: {count}</source>
        <comment>word.shape</comment>
        <translation>hình vẽ bị bỏ qua: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="434"/>
        <source>charts left out: {count}</source>
        <comment>word.chart</comment>
        <translation>biểu đồ bị bỏ qua: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="435"/>
        <source>footnotes and endnotes left out: {count}</source>
        <comment>word.footnote</comment>
        <translation>chú thích cuối trang bị bỏ qua: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="436"/>
        <source>comments left out: {count}</source>
        <comment>word.comment</comment>
        <translation>ghi chú (nhận xét) bị bỏ qua: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="437"/>
        <source>equations left out: {count}</source>
        <comment>word.equation</comment>
        <translation>công thức bị bỏ qua: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="438"/>
        <source>embedded objects left out: {count}</source>
        <comment>word.object</comment>
        <translation>đối tượng nhúng bị bỏ qua: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="439"/>
        <source>pictures linked from outside the file left out: {count}</source>
        <comment>word.linked_image</comment>
        <translation>ảnh liên kết từ ngoài tệp bị bỏ qua: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="440"/>
        <source>tracked insertions kept: {count}</source>
        <comment>word.inserted</comment>
        <translation>chỗ thêm (theo dõi thay đổi) được giữ lại: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="441"/>
        <source>tracked deletions dropped: {count}</source>
        <comment>word.deleted</comment>
        <translation>chỗ xoá (theo dõi thay đổi) được bỏ đi: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="442"/>
        <source>link left out, its text “{text}” kept ({url}): {reason}</source>
        <comment>word.link_refused</comment>
        <translation>liên kết bị bỏ, giữ lại chữ “{text}” ({url}): {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="443"/>
        <source>link left out ({url}): {reason}</source>
        <comment>word.link_refused_untitled</comment>
        <translation>liên kết bị bỏ ({url}): {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="444"/>
        <source>photo left out: {name}: {reason}</source>
        <comment>word.photo_refused</comment>
        <translation>ảnh bị bỏ qua: {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="445"/>
        <source>photos without alt text (needed before export): {count}</source>
        <comment>word.photo_no_alt</comment>
        <translation>ảnh chưa có mô tả (alt, cần có trước khi xuất): {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="446"/>
        <source>photos under {edge} pixels on the long edge, which print blurred on the sign-off document: {count}</source>
        <comment>word.photo_small</comment>
        <translation>ảnh có cạnh dài dưới {edge} điểm ảnh, in ra phiếu duyệt sẽ bị mờ: {count}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="447"/>
        <source>macros left out (they are never run)</source>
        <comment>word.macros</comment>
        <translation>macro bị bỏ qua (không bao giờ được chạy)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="28"/>
        <source>Permission denied</source>
        <comment>os.access_denied</comment>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="29"/>
        <source>Operation not permitted</source>
        <comment>os.not_permitted</comment>
        <translation>thao tác không được phép</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="30"/>
        <source>Read-only file system</source>
        <comment>os.read_only</comment>
        <translation>ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="31"/>
        <source>No space left on device</source>
        <comment>os.disk_full</comment>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="32"/>
        <source>Disk quota exceeded</source>
        <comment>os.quota</comment>
        <translation>đã hết dung lượng được cấp trên ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="33"/>
        <source>No such file or directory</source>
        <comment>os.not_found</comment>
        <translation>không tìm thấy tệp hoặc thư mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="34"/>
        <source>File exists</source>
        <comment>os.exists</comment>
        <translation>tệp đã có</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="35"/>
        <source>File name too long</source>
        <comment>os.name_too_long</comment>
        <translation>tên tệp quá dài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="36"/>
        <source>Is a directory</source>
        <comment>os.is_a_folder</comment>
        <translation>đây là thư mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="37"/>
        <source>Not a directory</source>
        <comment>os.not_a_folder</comment>
        <translation>đây không phải thư mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="38"/>
        <source>Device or resource busy</source>
        <comment>os.busy</comment>
        <translation>thiết bị hoặc tệp đang bận</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="39"/>
        <source>Directory not empty</source>
        <comment>os.not_empty</comment>
        <translation>thư mục không trống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="40"/>
        <source>Invalid cross-device link</source>
        <comment>os.other_drive</comment>
        <translation>không chuyển được sang ổ đĩa khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="41"/>
        <source>Input/output error</source>
        <comment>os.io</comment>
        <translation>lỗi đọc ghi ổ đĩa</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="42"/>
        <source>the name is not valid</source>
        <comment>os.invalid_name</comment>
        <translation>tên không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="43"/>
        <source>Too many open files</source>
        <comment>os.too_many_open</comment>
        <translation>đang mở quá nhiều tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="44"/>
        <source>Too many levels of symbolic links</source>
        <comment>os.loop</comment>
        <translation>đường dẫn tắt vòng lặp vô tận</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="45"/>
        <source>File too large</source>
        <comment>os.too_big</comment>
        <translation>tệp quá lớn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="46"/>
        <source>No such device</source>
        <comment>os.no_drive</comment>
        <translation>không tìm thấy ổ đĩa hoặc thiết bị</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="47"/>
        <source>the network drive cannot be reached</source>
        <comment>os.network</comment>
        <translation>không kết nối được tới ổ mạng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="48"/>
        <source>the file is open in another program</source>
        <comment>os.in_use</comment>
        <translation>tệp đang được mở trong chương trình khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="49"/>
        <source>the file or folder is damaged</source>
        <comment>os.damaged</comment>
        <translation>tệp hoặc thư mục bị hỏng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="50"/>
        <source>{detail}</source>
        <comment>os.other</comment>
        <translation>lỗi hệ điều hành số {number}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="52"/>
        <source>there is no store at {path}</source>
        <comment>store.missing</comment>
        <translation>không có kho dữ liệu nào tại {path}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="53"/>
        <source>{path} is not a deskeditor store ({reason})</source>
        <comment>store.not_a_store</comment>
        <translation>{path} không phải kho dữ liệu của deskeditor ({reason})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="54"/>
        <source>the store {path} is damaged ({detail})</source>
        <comment>store.damaged</comment>
        <translation>kho dữ liệu {path} bị hỏng ({detail})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="55"/>
        <source>the store {path} is open read-only</source>
        <comment>store.read_only</comment>
        <translation>kho dữ liệu {path} đang mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="56"/>
        <source>the store {path} is open read-only: {reason}</source>
        <comment>store.read_only_because</comment>
        <translation>kho dữ liệu {path} đang mở ở chế độ chỉ đọc: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="57"/>
        <source>the store {path} comes from a newer version of deskeditor (it has {migrations}); this version can only read it</source>
        <comment>store.too_new</comment>
        <translation>kho dữ liệu {path} được tạo bởi một phiên bản deskeditor mới hơn (có {migrations}); phiên bản này chỉ có thể đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="58"/>
        <source>the store {path} was made by an older version of deskeditor and needs upgrading ({migrations}) before this can be read; open it once for writing</source>
        <comment>store.needs_upgrade</comment>
        <translation>kho dữ liệu {path} được tạo bởi một phiên bản deskeditor cũ hơn và cần được nâng cấp ({migrations}) trước khi có thể đọc; hãy mở một lần ở chế độ ghi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="60"/>
        <source>this is a folder, not a file</source>
        <comment>file.folder_not_file</comment>
        <translation>đây là thư mục, không phải tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="61"/>
        <source>this is not a regular file (a device or a pipe)</source>
        <comment>file.special</comment>
        <translation>đây không phải tệp thông thường (mà là thiết bị hoặc đường ống)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="62"/>
        <source>the file does not exist</source>
        <comment>file.missing</comment>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="63"/>
        <source>the file cannot be read (permission denied)</source>
        <comment>file.permission</comment>
        <translation>không đọc được tệp (không có quyền truy cập)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="64"/>
        <source>the file cannot be read ({reason})</source>
        <comment>file.unreadable</comment>
        <translation>không đọc được tệp ({reason})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="65"/>
        <source>the file is too large ({size} MB, at most {limit})</source>
        <comment>file.too_large_mb</comment>
        <translation>tệp quá lớn ({size} MB, tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="66"/>
        <source>the file is too large ({size} bytes, at most {limit})</source>
        <comment>file.too_large_bytes</comment>
        <translation>tệp quá lớn ({size} byte, tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="67"/>
        <source>{path}: the file is open in another program; close it there and try again</source>
        <comment>file.in_use</comment>
        <translation>{path}: tệp đang được mở trong chương trình khác; hãy đóng tệp ở đó rồi thử lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="68"/>
        <source>the folder {folder} does not exist</source>
        <comment>write.no_folder</comment>
        <translation>thư mục {folder} không tồn tại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="69"/>
        <source>cannot write {target}: {reason}; nothing was written</source>
        <comment>write.failed</comment>
        <translation>không ghi được {target}: {reason}; không có tệp nào được ghi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="70"/>
        <source>cannot write {target}: {reason}; nothing was changed</source>
        <comment>write.not_replaced</comment>
        <translation>không ghi được {target}: {reason}; chưa có gì bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="71"/>
        <source>{error}; nothing was changed</source>
        <comment>write.in_use</comment>
        <translation>{error}; chưa có gì bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="72"/>
        <source>{target} is named twice in the same export</source>
        <comment>write.named_twice</comment>
        <translation>{target} được chọn hai lần trong cùng một lần xuất</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="73"/>
        <source>cannot create the folder {folder}: {reason}</source>
        <comment>write.cannot_make_folder</comment>
        <translation>không tạo được thư mục {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="74"/>
        <source>{folder} is a file, not a folder</source>
        <comment>write.file_not_folder</comment>
        <translation>{folder} là tệp, không phải thư mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="75"/>
        <source>cannot write in {folder}: {reason}</source>
        <comment>write.cannot_write_in</comment>
        <translation>không ghi được vào {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="77"/>
        <source>{path}: &quot;{name}&quot; is a device name on Windows (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, with any extension), not a file name; choose another name</source>
        <comment>name.device</comment>
        <translation>{path}: “{name}” là tên thiết bị của Windows (CON, PRN, AUX, NUL, COM1 đến COM9, LPT1 đến LPT9, với mọi phần mở rộng), không đặt làm tên tệp được; hãy chọn tên khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="78"/>
        <source>{path}: &quot;{name}&quot; holds the character &apos;{character}&apos;, which Windows does not allow in a name (&lt; &gt; : &quot; | ? *); choose another name</source>
        <comment>name.forbidden_character</comment>
        <translation>{path}: “{name}” có ký tự ‘{character}’ mà Windows không cho phép trong tên (&lt; &gt; : &quot; | ? *); hãy chọn tên khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="79"/>
        <source>{path}: &quot;{name}&quot; holds a control character ({character}), which Windows does not allow in a name; choose another name</source>
        <comment>name.control_character</comment>
        <translation>{path}: “{name}” có ký tự điều khiển ({character}) mà Windows không cho phép trong tên; hãy chọn tên khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="80"/>
        <source>{path}: &quot;{name}&quot; ends in a dot, which Windows drops from a name; choose another name</source>
        <comment>name.trailing_dot</comment>
        <translation>{path}: “{name}” kết thúc bằng dấu chấm, Windows sẽ bỏ dấu chấm này khỏi tên; hãy chọn tên khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="81"/>
        <source>{path}: &quot;{name}&quot; ends in a space, which Windows drops from a name; choose another name</source>
        <comment>name.trailing_space</comment>
        <translation>{path}: “{name}” kết thúc bằng dấu cách, Windows sẽ bỏ dấu cách này khỏi tên; hãy chọn tên khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="83"/>
        <source>the file is empty</source>
        <comment>photo.empty</comment>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="84"/>
        <source>the image is too large to process in memory</source>
        <comment>photo.no_memory</comment>
        <translation>ảnh quá lớn, không đủ bộ nhớ để xử lý</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="85"/>
        <source>the image is truncated or damaged</source>
        <comment>photo.damaged</comment>
        <translation>ảnh bị cắt cụt hoặc hỏng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="86"/>
        <source>the HEIC format needs the pillow-heif package</source>
        <comment>photo.heic_unsupported</comment>
        <translation>định dạng HEIC cần gói pillow-heif</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="87"/>
        <source>the format {format} is not supported</source>
        <comment>photo.format_unsupported</comment>
        <translation>định dạng {format} không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="88"/>
        <source>not an image file</source>
        <comment>photo.not_image</comment>
        <translation>không phải tệp ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="89"/>
        <source>the image is too long and thin ({width}×{height} pixels; one side may be at most {ratio} times the other)</source>
        <comment>photo.too_thin</comment>
        <translation>ảnh quá dài và hẹp ({width}×{height} điểm ảnh; một cạnh chỉ được dài tối đa gấp {ratio} lần cạnh kia)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="90"/>
        <source>the image is too large (at most {limit} megapixels)</source>
        <comment>photo.too_large</comment>
        <translation>ảnh quá lớn (tối đa {limit} megapixel)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="91"/>
        <source>the image is too large ({megapixels:.0f} megapixels, at most {limit} for {format})</source>
        <comment>photo.too_large_for_format</comment>
        <translation>ảnh quá lớn ({megapixels:.0f} megapixel, tối đa {limit} với định dạng {format})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="92"/>
        <source>the image is too large ({megapixels:.0f} megapixels, at most {limit})</source>
        <comment>photo.too_large_pixels</comment>
        <translation>ảnh quá lớn ({megapixels:.0f} megapixel, tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="94"/>
        <source>an object</source>
        <comment>json.type.object</comment>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="95"/>
        <source>a list</source>
        <comment>json.type.list</comment>
        <translation>một danh sách</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="96"/>
        <source>text</source>
        <comment>json.type.text</comment>
        <translation>chữ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="97"/>
        <source>true/false</source>
        <comment>json.type.boolean</comment>
        <translation>giá trị đúng/sai</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="98"/>
        <source>null</source>
        <comment>json.type.null</comment>
        <translation>giá trị rỗng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="99"/>
        <source>a number</source>
        <comment>json.type.number</comment>
        <translation>một số</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="100"/>
        <source>a value</source>
        <comment>json.type.value</comment>
        <translation>một giá trị</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="101"/>
        <source>expected a date and time such as 2017-07-10T17:56</source>
        <comment>json.expected_datetime</comment>
        <translation>cần ngày giờ dạng 2017-07-10T17:56</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="102"/>
        <source>expected text, got {got}</source>
        <comment>json.expected_text</comment>
        <translation>cần chữ, nhưng gặp {got}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="103"/>
        <source>too long ({length} characters, at most {limit})</source>
        <comment>json.too_long</comment>
        <translation>quá dài ({length} ký tự, tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="104"/>
        <source>contains an invalid character ({char}) at position {position}</source>
        <comment>json.surrogate</comment>
        <translation>chứa ký tự không hợp lệ ({char}) ở vị trí {position}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="105"/>
        <source>expected an object, got {got}</source>
        <comment>json.expected_object</comment>
        <translation>cần một đối tượng, nhưng gặp {got}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="106"/>
        <source>unknown field</source>
        <comment>json.unknown_field</comment>
        <translation>trường không xác định</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="107"/>
        <source>expected text or a list of runs, got {got}</source>
        <comment>json.expected_runs</comment>
        <translation>cần chữ hoặc danh sách đoạn chữ, nhưng gặp {got}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="108"/>
        <source>too many runs ({count}, at most {limit})</source>
        <comment>json.too_many_runs</comment>
        <translation>quá nhiều đoạn chữ ({count}, tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="109"/>
        <source>required</source>
        <comment>json.required</comment>
        <translation>bắt buộc phải có</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="110"/>
        <source>expected true or false</source>
        <comment>json.expected_boolean</comment>
        <translation>cần giá trị đúng/sai</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="111"/>
        <source>unknown block type {kind!r} (expected one of {expected})</source>
        <comment>json.unknown_block</comment>
        <translation>loại khối không xác định {kind!r} (chỉ nhận {expected})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="112"/>
        <source>required: a list of items</source>
        <comment>json.required_items</comment>
        <translation>bắt buộc phải có: danh sách các mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="113"/>
        <source>too many items ({count}, at most {limit})</source>
        <comment>json.too_many_items</comment>
        <translation>quá nhiều mục ({count}, tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="114"/>
        <source>the file name contains a control character</source>
        <comment>json.control_in_name</comment>
        <translation>tên tệp chứa ký tự điều khiển</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="115"/>
        <source>the photo {file} is outside the JSON file&apos;s folder; only files in that folder or below it are read unless allowed (import --allow-outside-photos)</source>
        <comment>json.photo_outside</comment>
        <translation>ảnh {file} nằm ngoài thư mục của tệp JSON; chỉ đọc các tệp trong thư mục đó hoặc thư mục con của nó, trừ khi được cho phép</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="116"/>
        <source>expected a code such as A3F9-12C7</source>
        <comment>json.expected_code</comment>
        <translation>cần một mã dạng A3F9-12C7</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="117"/>
        <source>must be one line</source>
        <comment>json.one_line</comment>
        <translation>chỉ được viết trên một dòng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="118"/>
        <source>expected a list of keywords, got {got}</source>
        <comment>json.expected_tags</comment>
        <translation>cần danh sách từ khoá, nhưng gặp {got}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="119"/>
        <source>too many keywords (at most {limit})</source>
        <comment>json.too_many_tags</comment>
        <translation>quá nhiều từ khoá (tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="120"/>
        <source>expected a list of blocks, got {got}</source>
        <comment>json.expected_blocks</comment>
        <translation>cần danh sách các khối, nhưng gặp {got}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="121"/>
        <source>too many blocks ({count}, at most {limit})</source>
        <comment>json.too_many_blocks</comment>
        <translation>quá nhiều khối ({count}, tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="122"/>
        <source>the file is too large (at most {limit} MB)</source>
        <comment>json.file_too_large</comment>
        <translation>tệp quá lớn (tối đa {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="123"/>
        <source>not valid JSON (line {line}, column {column}: {detail})</source>
        <comment>json.invalid_at</comment>
        <translation>JSON không hợp lệ (dòng {line}, cột {column})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="124"/>
        <source>the JSON is nested too deeply</source>
        <comment>json.too_deep</comment>
        <translation>JSON lồng nhau quá sâu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="125"/>
        <source>not valid JSON ({detail})</source>
        <comment>json.invalid</comment>
        <translation>JSON không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="126"/>
        <source>file not found: {path}</source>
        <comment>json.file_missing</comment>
        <translation>không tìm thấy tệp: {path}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="127"/>
        <source>{path} is a folder, not a JSON file</source>
        <comment>json.folder_not_json</comment>
        <translation>{path} là thư mục, không phải tệp JSON</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="128"/>
        <source>the file is not UTF-8 text</source>
        <comment>json.not_utf8</comment>
        <translation>tệp không phải văn bản UTF-8</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="129"/>
        <source>cannot read {error}</source>
        <comment>file.cannot_read</comment>
        <translation>không đọc được {error}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="131"/>
        <source>the address is empty</source>
        <comment>url.empty</comment>
        <translation>địa chỉ đang trống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="132"/>
        <source>only http and https addresses can be linked</source>
        <comment>url.web_only</comment>
        <translation>chỉ liên kết được tới địa chỉ http và https</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="133"/>
        <source>only http, https and mailto links are allowed</source>
        <comment>url.scheme</comment>
        <translation>chỉ cho phép liên kết http, https và mailto</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="134"/>
        <source>the address contains spaces</source>
        <comment>url.spaces</comment>
        <translation>địa chỉ có chứa dấu cách</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="135"/>
        <source>the address contains a character that is not allowed: {char!r}</source>
        <comment>url.bad_character</comment>
        <translation>địa chỉ có ký tự không được phép: {char!r}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="136"/>
        <source>&quot;{host}&quot; is an IP address; link to the site&apos;s domain name instead</source>
        <comment>url.ip_address</comment>
        <translation>&quot;{host}&quot; là địa chỉ IP; hãy liên kết tới tên miền của trang</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="137"/>
        <source>the host name &quot;{host}&quot; has characters a domain name cannot have</source>
        <comment>url.bad_host</comment>
        <translation>tên máy chủ &quot;{host}&quot; có ký tự mà tên miền không được có</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="138"/>
        <source>&quot;{host}&quot; is this computer (localhost); readers cannot open it</source>
        <comment>url.localhost</comment>
        <translation>&quot;{host}&quot; là chính máy tính này (localhost); người đọc không mở được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="139"/>
        <source>the host name &quot;{host}&quot; has no domain ending such as .vn</source>
        <comment>url.no_domain_ending</comment>
        <translation>tên máy chủ &quot;{host}&quot; thiếu phần đuôi tên miền như .vn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="140"/>
        <source>the host name or port of the address is not valid</source>
        <comment>url.bad_host_or_port</comment>
        <translation>tên miền hoặc cổng của địa chỉ không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="141"/>
        <source>the address must not contain a user name or password</source>
        <comment>url.userinfo</comment>
        <translation>địa chỉ không được chứa tên đăng nhập hay mật khẩu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="142"/>
        <source>the address has no host name</source>
        <comment>url.no_host</comment>
        <translation>địa chỉ không có tên miền</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="143"/>
        <source>the port number is not valid</source>
        <comment>url.bad_port</comment>
        <translation>số cổng không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="144"/>
        <source>the mailto link has no address</source>
        <comment>url.mailto_empty</comment>
        <translation>liên kết mailto không có địa chỉ thư</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="145"/>
        <source>&quot;{address}&quot; is not an e-mail address</source>
        <comment>url.not_email</comment>
        <translation>&quot;{address}&quot; không phải địa chỉ thư điện tử</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="147"/>
        <source>it contains spaces</source>
        <comment>email.spaces</comment>
        <translation>có chứa dấu cách</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="148"/>
        <source>it must have exactly one @</source>
        <comment>email.one_at</comment>
        <translation>phải có đúng một dấu @</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="149"/>
        <source>there must be a name before the @ and a domain after it</source>
        <comment>email.parts</comment>
        <translation>phải có tên trước dấu @ và tên miền sau dấu @</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="150"/>
        <source>the part before the @ has characters that are not allowed</source>
        <comment>email.bad_local</comment>
        <translation>phần trước dấu @ có ký tự không được phép</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="151"/>
        <source>the part before the @ cannot start or end with a dot</source>
        <comment>email.dot_at_end</comment>
        <translation>phần trước dấu @ không được bắt đầu hay kết thúc bằng dấu chấm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="152"/>
        <source>the domain after the @ must look like example.vn</source>
        <comment>email.bad_domain</comment>
        <translation>tên miền sau dấu @ phải có dạng như example.vn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="153"/>
        <source>&quot;{email}&quot; is not an e-mail address ({reason})</source>
        <comment>email.invalid</comment>
        <translation>&quot;{email}&quot; không phải địa chỉ thư điện tử ({reason})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="154"/>
        <source>expected an object with site_profile and categories</source>
        <comment>settings.expected_object</comment>
        <translation>cần một đối tượng gồm site_profile và categories</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="155"/>
        <source>unknown field (expected site_profile, categories)</source>
        <comment>settings.unknown_key</comment>
        <translation>trường không xác định (chỉ nhận site_profile, categories)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="156"/>
        <source>expected an object of fields</source>
        <comment>settings.expected_fields</comment>
        <translation>cần một đối tượng gồm các trường</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="157"/>
        <source>expected text</source>
        <comment>settings.expected_text</comment>
        <translation>cần chữ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="158"/>
        <source>must be one line of at most {limit} characters</source>
        <comment>settings.one_line</comment>
        <translation>chỉ được viết trên một dòng, tối đa {limit} ký tự</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="159"/>
        <source>expected a list of names</source>
        <comment>settings.expected_names</comment>
        <translation>cần danh sách các tên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="160"/>
        <source>too many (at most {limit})</source>
        <comment>settings.too_many</comment>
        <translation>quá nhiều (tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="161"/>
        <source>a category needs a one-line name of at most {limit} characters</source>
        <comment>settings.category_name</comment>
        <translation>chuyên mục cần tên viết trên một dòng, tối đa {limit} ký tự</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="162"/>
        <source>{name!r} is listed twice</source>
        <comment>settings.listed_twice</comment>
        <translation>{name!r} được ghi hai lần</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="164"/>
        <source>the name is empty</source>
        <comment>links.empty_name</comment>
        <translation>tên đang trống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="165"/>
        <source>the group name is empty</source>
        <comment>links.empty_group_name</comment>
        <translation>tên nhóm đang trống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="166"/>
        <source>the link name is empty</source>
        <comment>links.empty_link_name</comment>
        <translation>tên liên kết đang trống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="167"/>
        <source>there is no group number {number}</source>
        <comment>links.no_group</comment>
        <translation>không có nhóm số {number}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="168"/>
        <source>there is no link number {number} in the group &quot;{group}&quot;</source>
        <comment>links.no_link</comment>
        <translation>không có liên kết số {number} trong nhóm &quot;{group}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="169"/>
        <source>there is already a group named &quot;{group}&quot;</source>
        <comment>links.group_exists</comment>
        <translation>đã có nhóm tên &quot;{group}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="170"/>
        <source>there is no place number {number} for a group</source>
        <comment>links.no_place</comment>
        <translation>không có vị trí số {number} cho nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="171"/>
        <source>the links of the group &quot;{group}&quot; changed since they were sorted</source>
        <comment>links.changed_since_sorted</comment>
        <translation>các liên kết của nhóm &quot;{group}&quot; đã thay đổi từ khi được sắp xếp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="172"/>
        <source>line {line}: {reason}</source>
        <comment>csv.line</comment>
        <translation>dòng {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="173"/>
        <source>the file is not UTF-8 text; in Excel save it as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <comment>csv.not_utf8</comment>
        <translation>tệp không phải văn bản UTF-8; trong Excel hãy lưu ở dạng &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="174"/>
        <source>line 1: the first line must name the columns group,name,url,visible</source>
        <comment>csv.bad_header</comment>
        <translation>dòng 1: dòng đầu tiên phải ghi tên các cột group,name,url,visible</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="175"/>
        <source>the row has no group name</source>
        <comment>csv.no_group_name</comment>
        <translation>dòng này không có tên nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="176"/>
        <source>the visible column says &quot;{value}&quot;; use yes or no (or 1/0, true/false, có/không, x/empty)</source>
        <comment>csv.bad_visible</comment>
        <translation>cột visible ghi &quot;{value}&quot;; hãy ghi có hoặc không (hoặc 1/0, x/để trống)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="177"/>
        <source>the link has no address</source>
        <comment>csv.no_address</comment>
        <translation>liên kết không có địa chỉ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="178"/>
        <source>the link has no name</source>
        <comment>csv.no_name</comment>
        <translation>liên kết không có tên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="179"/>
        <source>line {line}: a cell is longer than {limit:,} characters</source>
        <comment>csv.cell_too_long</comment>
        <translation>dòng {line}: một ô dài quá {limit:,} ký tự</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="180"/>
        <source>line {line}: the file is not valid CSV ({detail})</source>
        <comment>csv.invalid</comment>
        <translation>dòng {line}: tệp không phải CSV hợp lệ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="181"/>
        <source>the row has {count} columns instead of {expected}</source>
        <comment>csv.columns</comment>
        <translation>dòng này có {count} cột thay vì {expected}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="182"/>
        <source>the row has {count} columns instead of {expected}; a name or address with a comma in it must be in double quotes</source>
        <comment>csv.columns_comma</comment>
        <translation>dòng có {count} cột thay vì {expected}; tên hay địa chỉ có dấu phẩy phải đặt trong dấu ngoặc kép</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="183"/>
        <source>the same address as line {line} in the group &quot;{group}&quot;</source>
        <comment>csv.repeated</comment>
        <translation>trùng địa chỉ với dòng {line} trong nhóm &quot;{group}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="184"/>
        <source>the group &quot;{group}&quot; already has a row on line {line}</source>
        <comment>csv.group_row_twice</comment>
        <translation>nhóm &quot;{group}&quot; đã có một dòng ở dòng {line}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="185"/>
        <source>1 row cannot be imported, so nothing was imported:</source>
        <comment>csv.rejected_one</comment>
        <translation>1 dòng không nhập được, nên chưa nhập gì:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="186"/>
        <source>{count} rows cannot be imported, so nothing was imported:</source>
        <comment>csv.rejected_many</comment>
        <translation>{count} dòng không nhập được, nên chưa nhập gì:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="187"/>
        <source>the file holds no groups or links; nothing was imported</source>
        <comment>csv.empty</comment>
        <translation>tệp không có nhóm hay liên kết nào; chưa nhập gì</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="188"/>
        <source>{first}; {rest}</source>
        <comment>text.semicolon</comment>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="190"/>
        <source>cannot read {path}: {reason}</source>
        <comment>store.cannot_read</comment>
        <translation>không đọc được {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="191"/>
        <source>{path} is a folder, not a store file</source>
        <comment>store.folder_not_store</comment>
        <translation>{path} là thư mục, không phải tệp kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="192"/>
        <source>it is not a regular file</source>
        <comment>store.not_regular</comment>
        <translation>đây không phải tệp thông thường</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="193"/>
        <source>it is not an SQLite database</source>
        <comment>store.not_sqlite</comment>
        <translation>đây không phải cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="194"/>
        <source>cannot read the store {path}: {detail}</source>
        <comment>store.cannot_open</comment>
        <translation>không đọc được kho dữ liệu {path}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="195"/>
        <source>it holds another program&apos;s tables</source>
        <comment>store.other_tables</comment>
        <translation>tệp chứa các bảng của một chương trình khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="196"/>
        <source>the file is read-only; it can be read but not changed</source>
        <comment>store.file_read_only</comment>
        <translation>tệp chỉ cho phép đọc; có thể đọc nhưng không thể thay đổi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="197"/>
        <source>its folder {folder} is read-only; the store can be read but not changed</source>
        <comment>store.folder_read_only</comment>
        <translation>thư mục {folder} chỉ cho phép đọc; có thể đọc kho dữ liệu nhưng không thể thay đổi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="198"/>
        <source>{detail}</source>
        <comment>store.sqlite_says</comment>
        <translation>SQLite báo tệp bị lỗi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="199"/>
        <source>the store {path} holds a write that was cut off ({journal}); open it once for writing, for example in the window, to finish it</source>
        <comment>store.hot_journal</comment>
        <translation>kho dữ liệu {path} có một lần ghi bị ngắt giữa chừng ({journal}); hãy mở kho một lần ở chế độ ghi, chẳng hạn trong cửa sổ chương trình, để hoàn tất</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="200"/>
        <source>the store {path} comes from a newer version of deskeditor (it has {migrations}); it is opened read-only</source>
        <comment>store.too_new_read_only</comment>
        <translation>kho dữ liệu {path} được tạo bởi một phiên bản deskeditor mới hơn (có {migrations}); kho được mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="201"/>
        <source>the file is empty</source>
        <comment>store.empty_file</comment>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="202"/>
        <source>it holds no tables</source>
        <comment>store.no_tables</comment>
        <translation>tệp không có bảng nào</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="203"/>
        <source>cannot create the folder {folder}: {reason}</source>
        <comment>store.cannot_make_folder</comment>
        <translation>không tạo được thư mục {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="204"/>
        <source>SQLite reports: {problem}</source>
        <comment>store.check_reports</comment>
        <translation>kiểm tra của SQLite phát hiện lỗi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="206"/>
        <source>another copy of deskeditor</source>
        <comment>lock.another_copy</comment>
        <translation>một bản deskeditor khác đang chạy</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="207"/>
        <source>{program} (process {pid} on {host})</source>
        <comment>lock.owner</comment>
        <translation>{program} (tiến trình {pid} trên máy {host})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="208"/>
        <source>{program} (process {pid} on {host}, user {user})</source>
        <comment>lock.owner_user</comment>
        <translation>{program} (tiến trình {pid} trên máy {host}, người dùng {user})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="209"/>
        <source>the store {path} is in use by {who}; close it there, or open the store read-only</source>
        <comment>lock.in_use</comment>
        <translation>kho dữ liệu {path} đang được sử dụng bởi {who}; hãy đóng chương trình ở đó, hoặc mở kho dữ liệu ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="210"/>
        <source>the store {path} is in use by {who}</source>
        <comment>lock.in_use_by</comment>
        <translation>kho dữ liệu {path} đang được sử dụng bởi {who}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="211"/>
        <source>cannot create the lock file {path}: {reason}</source>
        <comment>lock.cannot_create</comment>
        <translation>không tạo được tệp khoá {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="212"/>
        <source>cannot lock {path}: {reason}</source>
        <comment>lock.cannot_lock</comment>
        <translation>không khoá được {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="213"/>
        <source>cannot lock {path}: it keeps being replaced</source>
        <comment>lock.replaced</comment>
        <translation>không khoá được {path}: tệp liên tục bị thay thế</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="214"/>
        <source>the store {path} is on a network drive: SQLite&apos;s locking is not reliable there and two computers writing at once can damage it; keep the store on this computer&apos;s disk</source>
        <comment>lock.network_drive</comment>
        <translation>kho dữ liệu {path} nằm trên ổ mạng: cơ chế khoá của SQLite không tin cậy trên ổ mạng, hai máy cùng ghi có thể làm hỏng dữ liệu; hãy để kho dữ liệu trên ổ đĩa của máy này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="216"/>
        <source>cannot create the backup folder {folder}: {reason}</source>
        <comment>backup.cannot_make_folder</comment>
        <translation>không tạo được thư mục sao lưu {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="217"/>
        <source>{folder} is not a folder</source>
        <comment>backup.not_a_folder</comment>
        <translation>{folder} không phải thư mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="218"/>
        <source>the copy into {folder} failed: {reason}</source>
        <comment>backup.copy_into_failed</comment>
        <translation>sao chép vào {folder} không thành công: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="219"/>
        <source>being copied</source>
        <comment>backup.being_copied</comment>
        <translation>bản đang sao chép</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="220"/>
        <source>{problem}{more}; no backup was made, so that none passes for a good one</source>
        <comment>backup.source_damaged</comment>
        <translation>kho dữ liệu bị hỏng; không tạo bản sao lưu nào, để không có bản hỏng nào bị coi là bản tốt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="221"/>
        <source>the copy to {dest} failed: {reason}</source>
        <comment>backup.copy_to_failed</comment>
        <translation>sao chép tới {dest} không thành công: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="223"/>
        <source>a draft</source>
        <comment>status.is_draft</comment>
        <translation>đang là bản nháp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="224"/>
        <source>submitted and waiting for a decision</source>
        <comment>status.is_submitted</comment>
        <translation>đang chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="225"/>
        <source>approved</source>
        <comment>status.is_approved</comment>
        <translation>đã được duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="226"/>
        <source>published</source>
        <comment>status.is_published</comment>
        <translation>đã đăng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="227"/>
        <source>returned to its author</source>
        <comment>status.is_returned</comment>
        <translation>đã bị trả lại cho tác giả</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="228"/>
        <source>approved</source>
        <comment>decision.approved</comment>
        <translation>duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="229"/>
        <source>sent back for changes</source>
        <comment>decision.revised</comment>
        <translation>trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="230"/>
        <source>rejected</source>
        <comment>decision.rejected</comment>
        <translation>từ chối</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="231"/>
        <source>there is no article with id {id}</source>
        <comment>store.no_article</comment>
        <translation>không có bài viết nào mang số {id}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="232"/>
        <source>{what}; this one is {status}</source>
        <comment>workflow.refused</comment>
        <translation>{what}; bài này {status}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="233"/>
        <source>only a draft or a returned article can be submitted</source>
        <comment>workflow.submit_only</comment>
        <translation>chỉ bài nháp hoặc bài bị trả lại mới gửi duyệt được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="234"/>
        <source>the approver&apos;s name is needed to record a decision</source>
        <comment>workflow.approver_needed</comment>
        <translation>cần họ tên người duyệt để ghi ý kiến duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="235"/>
        <source>only a submitted article can be {decided}</source>
        <comment>workflow.decide_only</comment>
        <translation>chỉ bài đang chờ duyệt mới {decided} được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="236"/>
        <source>the signed copy has version code {signed} but the article is now {current}; print the current version for sign-off</source>
        <comment>workflow.signed_other</comment>
        <translation>bản đã ký mang mã phiên bản {signed} nhưng bài hiện là {current}; hãy in bản hiện tại để trình duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="237"/>
        <source>only an approved article can be published</source>
        <comment>workflow.publish_only</comment>
        <translation>chỉ bài đã duyệt mới đánh dấu đã đăng được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="238"/>
        <source>no alt text (a description) on photo {photos}: export needs it, so add it before submitting (the approved version must be publishable)</source>
        <comment>workflow.submit_needs_alt</comment>
        <translation>ảnh {photos} chưa có mô tả (alt): cần có mô tả mới xuất bản được, nên hãy thêm trước khi gửi duyệt (bản được duyệt phải xuất bản được)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="239"/>
        <source>the article was changed after it was submitted, so it is a draft again and cannot be {decided}: the signed slip shows an older version code than its current {current}; submit it again</source>
        <comment>workflow.changed_after_submit</comment>
        <translation>bài đã được sửa sau khi gửi duyệt nên đã trở lại thành bản nháp, không thể {decided}: phiếu đã ký mang mã phiên bản cũ hơn mã hiện tại {current}; hãy gửi duyệt lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="240"/>
        <source>the approval by {approver} was for version {approved}; this content is {current}, so it is imported as a draft</source>
        <comment>workflow.approval_not_kept</comment>
        <translation>phê duyệt của {approver} dành cho phiên bản {approved}; nội dung này là {current}, nên bài được nhập ở dạng nháp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="242"/>
        <source>there is no photo with id {id}</source>
        <comment>store.no_photo</comment>
        <translation>không có ảnh nào mang số {id}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="243"/>
        <source>photo {id} has no {rendition} rendition</source>
        <comment>store.no_rendition</comment>
        <translation>ảnh {id} không có bản {rendition}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="244"/>
        <source>the photo is not in the store</source>
        <comment>store.photo_not_stored</comment>
        <translation>ảnh không có trong kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="245"/>
        <source>photo {number} has no image file</source>
        <comment>store.photo_no_file</comment>
        <translation>ảnh {number} không có tệp ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="246"/>
        <source>there is no revision with id {id}</source>
        <comment>store.no_revision</comment>
        <translation>không có phiên bản nào mang số {id}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="247"/>
        <source>the store {path} was changed by another program while it was copied; try again</source>
        <comment>store.changed_while_copied</comment>
        <translation>kho dữ liệu {path} bị một chương trình khác thay đổi trong lúc sao chép; hãy thử lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="248"/>
        <source>the store {path} could not be read or written ({detail}); if it is on a USB stick or a network drive, check that it is still there, then try again</source>
        <comment>store.io_error</comment>
        <translation>không đọc hoặc ghi được kho dữ liệu {path} ({detail}); nếu kho nằm trên USB hoặc ổ mạng, hãy kiểm tra xem ổ đó còn kết nối không rồi thử lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="249"/>
        <source>the disk that holds the store {path} is full, so this was not saved (the store is as it was); free some space and try again</source>
        <comment>store.disk_full</comment>
        <translation>ổ đĩa chứa kho dữ liệu {path} đã đầy, nên nội dung này chưa được lưu (kho vẫn như cũ); hãy giải phóng bớt dung lượng rồi thử lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="250"/>
        <source>the store {path} was moved or deleted while it was open, so this was not saved; move it back and try again, or close deskeditor and open the store where it is now (what was saved before the move is in it)</source>
        <comment>store.moved_while_open</comment>
        <translation>kho dữ liệu {path} đã bị chuyển đi hoặc xoá trong lúc đang mở, nên nội dung này chưa được lưu; hãy chuyển kho về chỗ cũ rồi lưu lại, hoặc đóng deskeditor rồi mở kho ở chỗ mới (những gì đã lưu trước khi chuyển vẫn nằm trong kho)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="251"/>
        <source>a category needs a name</source>
        <comment>category.needs_name</comment>
        <translation>chuyên mục cần có tên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="252"/>
        <source>there is already a category named {name!r}</source>
        <comment>category.exists</comment>
        <translation>đã có chuyên mục {name!r}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="253"/>
        <source>there is no category named {name!r}</source>
        <comment>category.missing</comment>
        <translation>không có chuyên mục {name!r}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="254"/>
        <source>the new order must list every category exactly once</source>
        <comment>category.bad_order</comment>
        <translation>thứ tự mới phải liệt kê mỗi chuyên mục đúng một lần</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="255"/>
        <source>cannot move the articles to {name!r}</source>
        <comment>category.cannot_move_to</comment>
        <translation>không chuyển được các bài sang {name!r}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="256"/>
        <source>cannot delete the old backup {path}: {reason}</source>
        <comment>backup.cannot_delete</comment>
        <translation>không xoá được bản sao lưu cũ {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="257"/>
        <source>the automatic backup failed: {error}</source>
        <comment>backup.automatic_failed</comment>
        <translation>sao lưu tự động không thành công: {error}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="258"/>
        <source>cannot be opened ({detail})</source>
        <comment>backup.info_cannot_open</comment>
        <translation>không mở được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="259"/>
        <source>not a deskeditor store</source>
        <comment>backup.info_not_store</comment>
        <translation>không phải kho dữ liệu deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="260"/>
        <source>damaged ({detail})</source>
        <comment>backup.info_damaged</comment>
        <translation>bị hỏng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="261"/>
        <source>the backup {path} does not exist</source>
        <comment>backup.missing</comment>
        <translation>bản sao lưu {path} không tồn tại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="262"/>
        <source>{path} is not a file</source>
        <comment>backup.not_a_file</comment>
        <translation>{path} không phải tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="263"/>
        <source>the backup {path} cannot be read: {reason}</source>
        <comment>backup.cannot_read</comment>
        <translation>không đọc được bản sao lưu {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="264"/>
        <source>the backup {path} is empty</source>
        <comment>backup.empty</comment>
        <translation>bản sao lưu {path} rỗng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="265"/>
        <source>{path} is not a deskeditor backup (not an SQLite database)</source>
        <comment>backup.not_sqlite</comment>
        <translation>{path} không phải bản sao lưu deskeditor (không phải cơ sở dữ liệu SQLite)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="266"/>
        <source>the backup {path} cannot be opened: {detail}</source>
        <comment>backup.cannot_open</comment>
        <translation>không mở được bản sao lưu {path}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="267"/>
        <source>the backup {path} is damaged ({detail})</source>
        <comment>backup.damaged</comment>
        <translation>bản sao lưu {path} bị hỏng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="268"/>
        <source>{path} is not a deskeditor store</source>
        <comment>backup.not_store</comment>
        <translation>{path} không phải kho dữ liệu deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="269"/>
        <source>the backup {path} was made by a newer version of deskeditor</source>
        <comment>backup.too_new</comment>
        <translation>bản sao lưu {path} được tạo bởi một phiên bản deskeditor mới hơn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="270"/>
        <source>cannot keep a copy of the current store in {folder}: {reason}; nothing was restored</source>
        <comment>backup.no_safety_copy</comment>
        <translation>không giữ được bản sao của kho dữ liệu hiện tại trong {folder}: {reason}; chưa khôi phục gì</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="271"/>
        <source>{path} is the store itself, not a backup</source>
        <comment>backup.is_the_store</comment>
        <translation>{path} chính là kho dữ liệu, không phải bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="272"/>
        <source>{path} is the store itself; a backup goes to another file</source>
        <comment>backup.onto_store</comment>
        <translation>{path} chính là kho dữ liệu; bản sao lưu phải ghi vào một tệp khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="273"/>
        <source>{path} already exists; choose another name or add --overwrite</source>
        <comment>backup.exists</comment>
        <translation>{path} đã có; hãy chọn tên khác hoặc thêm --overwrite</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="274"/>
        <source>{error}; nothing was restored</source>
        <comment>backup.in_use</comment>
        <translation>{error}; chưa khôi phục gì</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="275"/>
        <source>cannot replace {path}: {reason}; is it open in another program?</source>
        <comment>backup.cannot_replace</comment>
        <translation>không thay được {path}: {reason}; tệp có đang mở trong chương trình khác không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="277"/>
        <source>{path} is a folder without an index.html</source>
        <comment>verify.folder_without_index</comment>
        <translation>{path} là thư mục không có tệp index.html</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="278"/>
        <source>{path} does not exist</source>
        <comment>verify.missing</comment>
        <translation>{path} không tồn tại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="279"/>
        <source>{path} is too large for an export (over {limit} MB)</source>
        <comment>verify.too_large</comment>
        <translation>{path} quá lớn so với một bản xuất (trên {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="280"/>
        <source>{path} holds no deskeditor version code; give an HTML or Word export of this program</source>
        <comment>verify.no_code</comment>
        <translation>{path} không mang mã phiên bản của deskeditor; hãy chọn một bản HTML hoặc Word xuất từ chương trình này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="281"/>
        <source>{path} carries two version codes ({where}); it has been altered</source>
        <comment>verify.two_codes</comment>
        <translation>{path} mang hai mã phiên bản khác nhau; tệp đã bị sửa</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="282"/>
        <source>{path} carries a malformed version code &apos;{code}&apos;</source>
        <comment>verify.malformed_code</comment>
        <translation>{path} mang mã phiên bản sai dạng &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="283"/>
        <source>{path} is not a readable Word file ({detail})</source>
        <comment>verify.bad_docx</comment>
        <translation>{path} không phải tệp Word đọc được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="284"/>
        <source>{path} is a zip archive but not a Word document</source>
        <comment>verify.zip_not_docx</comment>
        <translation>{path} là tệp nén zip nhưng không phải tài liệu Word</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="285"/>
        <source>{path}: {part} is implausibly large</source>
        <comment>verify.part_too_large</comment>
        <translation>{path}: phần {part} lớn bất thường</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="286"/>
        <source>version code {code} matches no revision in this store</source>
        <comment>verify.no_revision</comment>
        <translation>mã phiên bản {code} không khớp phiên bản nào trong kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="287"/>
        <source>this revision cannot be exported, so it was not compared ({error})</source>
        <comment>verify.not_comparable</comment>
        <translation>không xuất được phiên bản này, nên chưa so sánh ({error})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="288"/>
        <source>{lines}</source>
        <comment>text.lines</comment>
        <translation>{lines}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="289"/>
        <source>this HTML page carries the version code {code} of revision {revision} of article {article}, but its content is not that revision&apos;s (approved / this file):
{differences}</source>
        <comment>verify.page_differs</comment>
        <translation>trang HTML này mang mã phiên bản {code} của phiên bản {revision} của bài {article}, nhưng nội dung không phải của phiên bản đó (bản đã duyệt / tệp này):
{differences}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="290"/>
        <source>this CMS fragment carries the version code {code} of revision {revision} of article {article}, but its content is not that revision&apos;s (approved / this file):
{differences}</source>
        <comment>verify.fragment_differs</comment>
        <translation>đoạn HTML cho CMS này mang mã phiên bản {code} của phiên bản {revision} của bài {article}, nhưng nội dung không phải của phiên bản đó (bản đã duyệt / tệp này):
{differences}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="291"/>
        <source>this Word document carries the version code {code} of revision {revision} of article {article}, but its content is not that revision&apos;s (approved / this file):
{differences}</source>
        <comment>verify.docx_differs</comment>
        <translation>tài liệu Word này mang mã phiên bản {code} của phiên bản {revision} của bài {article}, nhưng nội dung không phải của phiên bản đó (bản đã duyệt / tệp này):
{differences}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="292"/>
        <source>matches revision {revision} of article {article}, which was never approved</source>
        <comment>verify.never_approved</comment>
        <translation>khớp phiên bản {revision} của bài {article}, bản này chưa từng được duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="293"/>
        <source>matches revision {revision} of article {article}, published on {on}</source>
        <comment>verify.published</comment>
        <translation>khớp phiên bản {revision} của bài {article}, đã đăng ngày {on}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="294"/>
        <source>an unknown date</source>
        <comment>verify.unknown_date</comment>
        <translation>một ngày không rõ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="295"/>
        <source>matches revision {revision} of article {article}, approved by {who} on {on}</source>
        <comment>verify.approved</comment>
        <translation>khớp phiên bản {revision} của bài {article}, được {who} duyệt ngày {on}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="296"/>
        <source>matches revision {revision} of article {article}; its approval by {who} on {on} was voided when the article changed</source>
        <comment>verify.approval_voided</comment>
        <translation>khớp phiên bản {revision} của bài {article}; phê duyệt của {who} ngày {on} đã mất hiệu lực khi bài bị sửa</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="297"/>
        <source>matches revision {revision} of article {article}, which was {decided} by {who} on {on}</source>
        <comment>verify.decided</comment>
        <translation>khớp phiên bản {revision} của bài {article}, {who} đã {decided} ngày {on}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="298"/>
        <source>the article has changed since: it is now revision {revision}, {status}</source>
        <comment>verify.changed_since</comment>
        <translation>bài viết đã thay đổi sau đó: nay là phiên bản {revision}, {status}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="299"/>
        <source>this file also holds text a reader does not see (hidden, white or tiny): {text}; it shows as soon as the text is copied elsewhere</source>
        <comment>verify.hidden_text</comment>
        <translation>tệp này còn chứa chữ người đọc không thấy (ẩn, màu trắng hoặc cỡ rất nhỏ): {text}; chữ đó sẽ hiện ra ngay khi văn bản được chép sang nơi khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="300"/>
        <source>tracked changes not accepted or rejected, which Word shows in colour: {changes}; accept or reject them in Word, then verify again</source>
        <comment>verify.tracked_changes</comment>
        <translation>có thay đổi được theo dõi (Track Changes) chưa được chấp nhận hay từ chối, Word hiện chúng bằng màu: {changes}; hãy chấp nhận hoặc từ chối chúng trong Word rồi kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="301"/>
        <source>inserted &quot;{text}&quot;</source>
        <comment>verify.tracked_inserted</comment>
        <translation>chèn thêm &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="302"/>
        <source>an insertion without text</source>
        <comment>verify.tracked_inserted_no_text</comment>
        <translation>một chỗ chèn thêm không có chữ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="303"/>
        <source>deleted &quot;{text}&quot;</source>
        <comment>verify.tracked_deleted</comment>
        <translation>xoá &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="304"/>
        <source>a deletion without text</source>
        <comment>verify.tracked_deleted_no_text</comment>
        <translation>một chỗ xoá không có chữ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="305"/>
        <source>moved away &quot;{text}&quot;</source>
        <comment>verify.tracked_moved_away</comment>
        <translation>chuyển đi &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="306"/>
        <source>a move without text</source>
        <comment>verify.tracked_moved_away_no_text</comment>
        <translation>một chỗ di chuyển không có chữ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="307"/>
        <source>moved here &quot;{text}&quot;</source>
        <comment>verify.tracked_moved_here</comment>
        <translation>chuyển đến &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="308"/>
        <source>a move without text</source>
        <comment>verify.tracked_moved_here_no_text</comment>
        <translation>một chỗ di chuyển không có chữ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="309"/>
        <source>formatting changed on &quot;{text}&quot;</source>
        <comment>verify.tracked_formatting</comment>
        <translation>đổi định dạng ở &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="310"/>
        <source>a change of formatting or layout</source>
        <comment>verify.tracked_formatting_no_text</comment>
        <translation>một thay đổi định dạng hoặc bố cục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="311"/>
        <source>revision {revision} was {decided} by {who} on {on}</source>
        <comment>verify.later_decision</comment>
        <translation>phiên bản {revision}: {who} đã {decided} ngày {on}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="312"/>
        <source>article {article} has since been deleted (on {on}); its sign-off record was kept</source>
        <comment>verify.deleted_since</comment>
        <translation>bài {article} đã bị xoá sau đó (ngày {on}); hồ sơ duyệt của bài vẫn được giữ lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="313"/>
        <source>revision {revision} was {decided} by {who} on {on}: &quot;{comment}&quot;</source>
        <comment>verify.later_decision_comment</comment>
        <translation>phiên bản {revision}: {who} đã {decided} ngày {on}, ý kiến: “{comment}”</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="315"/>
        <source>the template folder {folder} does not exist</source>
        <comment>template.no_folder</comment>
        <translation>thư mục mẫu {folder} không tồn tại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="316"/>
        <source>the template {where} has an error: {detail}</source>
        <comment>template.syntax</comment>
        <translation>mẫu {where} có lỗi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="317"/>
        <source>the template {template} cannot be used: {detail}</source>
        <comment>template.unusable</comment>
        <translation>không dùng được mẫu {template}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="318"/>
        <source>{path} is a file, not a folder</source>
        <comment>export.file_not_folder</comment>
        <translation>{path} là tệp, không phải thư mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="319"/>
        <source>{path} is a folder, not a file</source>
        <comment>export.folder_not_file</comment>
        <translation>{path} là thư mục, không phải tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="320"/>
        <source>{path} already exists; choose another name or allow overwriting</source>
        <comment>export.exists</comment>
        <translation>{path} đã có; hãy chọn tên khác hoặc cho phép ghi đè</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="321"/>
        <source>{folder} holds files of its own; choose an empty folder</source>
        <comment>export.folder_not_empty</comment>
        <translation>{folder} đang chứa tệp khác; hãy chọn một thư mục trống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="322"/>
        <source>the images address {url!r} is not an http(s) address or a path like /uploads/</source>
        <comment>export.bad_images_address</comment>
        <translation>địa chỉ ảnh {url!r} không phải địa chỉ http(s) hay đường dẫn dạng /uploads/</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="323"/>
        <source>{path} is a folder; give a file name ending in .docx</source>
        <comment>export.folder_not_docx</comment>
        <translation>{path} là thư mục; hãy đặt tên tệp có đuôi .docx</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="324"/>
        <source>the photo is not in the store yet; save first</source>
        <comment>export.photo_not_saved</comment>
        <translation>ảnh chưa có trong kho dữ liệu; hãy lưu bài trước</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="325"/>
        <source>photo {id} is not a readable image</source>
        <comment>export.unreadable_photo</comment>
        <translation>ảnh {id} không đọc được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="326"/>
        <source>every photo needs alt text (a description) before export</source>
        <comment>export.alt_missing</comment>
        <translation>mọi ảnh đều cần mô tả (alt) trước khi xuất bản</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="327"/>
        <source>{path} is a folder; give a file name ending in .json</source>
        <comment>export.folder_not_json</comment>
        <translation>{path} là thư mục; hãy đặt tên tệp có đuôi .json</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="328"/>
        <source>{path} already exists; choose another name or add --overwrite</source>
        <comment>export.exists_overwrite</comment>
        <translation>{path} đã có; hãy chọn tên khác hoặc thêm --overwrite</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="330"/>
        <source>{message} (see &apos;{prog} --help&apos;)</source>
        <comment>cli.usage</comment>
        <translation>{message} (xem &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="331"/>
        <source>the store {path} was changed by another program while it was read; run the command again</source>
        <comment>store.changed_while_read</comment>
        <translation>kho dữ liệu {path} bị một chương trình khác thay đổi trong lúc đọc; hãy chạy lại lệnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="332"/>
        <source>export needs at least one output, such as --json FILE or --html DIR</source>
        <comment>cli.export_needs_output</comment>
        <translation>lệnh xuất cần ít nhất một đầu ra, chẳng hạn --json TỆP hoặc --html THƯ_MỤC</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="333"/>
        <source>--docx {path}: the file name must end in .docx</source>
        <comment>cli.docx_suffix</comment>
        <translation>--docx {path}: tên tệp phải có đuôi .docx</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="334"/>
        <source>--images-url goes with --html-fragment FILE</source>
        <comment>cli.images_url_alone</comment>
        <translation>--images-url chỉ dùng cùng --html-fragment TỆP</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="335"/>
        <source>{summary}: {rows}</source>
        <comment>cli.csv_rows</comment>
        <translation>{summary}: {rows}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="336"/>
        <source>links export needs either FILE.csv or --html FILE</source>
        <comment>cli.links_export_target</comment>
        <translation>lệnh xuất liên kết cần TỆP.csv hoặc --html TỆP</translation>
    </message>
    <message>
        <source>{path} already exists; add --overwrite to replace it</source>
        <comment>cli.exists</comment>
        <translation type="vanished">{path} đã có; hãy thêm --overwrite để thay thế</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="337"/>
        <source>--{decision} needs --comment TEXT saying what to change or why</source>
        <comment>cli.comment_needed</comment>
        <translation>--{decision} cần --comment NỘI_DUNG nói rõ cần sửa gì hoặc vì sao</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="338"/>
        <source>cannot {verb} article {id}: {error}</source>
        <comment>cli.move_refused</comment>
        <translation>không thực hiện được lệnh với bài {id}: {error}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="339"/>
        <source>not valid JSON (line {line}, column {column})</source>
        <comment>cli.json_invalid_at</comment>
        <translation>JSON không hợp lệ (dòng {line}, cột {column})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="340"/>
        <source>not valid JSON</source>
        <comment>cli.json_invalid</comment>
        <translation>JSON không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="342"/>
        <source>the approval slip&apos;s heading</source>
        <comment>label.slip_heading</comment>
        <translation>tiêu đề phiếu trình duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="343"/>
        <source>the slip&apos;s {field}</source>
        <comment>label.slip_field</comment>
        <translation>dòng {field} của phiếu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="344"/>
        <source>the page&apos;s styles</source>
        <comment>label.page_styles</comment>
        <translation>kiểu trình bày của trang</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="345"/>
        <source>title</source>
        <comment>label.title</comment>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="346"/>
        <source>date line</source>
        <comment>label.date_line</comment>
        <translation>dòng ngày tháng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="347"/>
        <source>lead</source>
        <comment>label.lead</comment>
        <translation>sapo</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="348"/>
        <source>photo {number}</source>
        <comment>label.photo</comment>
        <translation>ảnh {number}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="349"/>
        <source>photo {number} caption</source>
        <comment>label.photo_caption</comment>
        <translation>chú thích ảnh {number}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="350"/>
        <source>list {list} item {number}</source>
        <comment>label.list_item</comment>
        <translation>danh sách {list}, mục {number}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="351"/>
        <source>paragraph {number}</source>
        <comment>label.paragraph</comment>
        <translation>đoạn {number}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="352"/>
        <source>heading {number}</source>
        <comment>label.heading</comment>
        <translation>tiêu đề mục {number}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="353"/>
        <source>quote {number}</source>
        <comment>label.quote</comment>
        <translation>trích dẫn {number}</translation>
    </message>
    <message>
        <source>{place} item {number}</source>
        <comment>label.list_item</comment>
        <translation type="vanished">{place} mục {number}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="354"/>
        <source>table {number} caption</source>
        <comment>label.table_caption</comment>
        <translation>tên bảng {number}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="355"/>
        <source>table {number} row {row} cell {cell}</source>
        <comment>label.table_cell</comment>
        <translation>bảng {number} hàng {row} ô {cell}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="356"/>
        <source>byline</source>
        <comment>label.byline</comment>
        <translation>dòng tác giả</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="357"/>
        <source>source</source>
        <comment>label.source</comment>
        <translation>nguồn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="358"/>
        <source>item {number}</source>
        <comment>label.item</comment>
        <translation>mục {number}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="359"/>
        <source>the beginning</source>
        <comment>label.beginning</comment>
        <translation>phần đầu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="360"/>
        <source>a paragraph</source>
        <comment>kind.paragraph</comment>
        <translation>một đoạn văn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="361"/>
        <source>the title</source>
        <comment>kind.title</comment>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="362"/>
        <source>a heading</source>
        <comment>kind.heading</comment>
        <translation>một tiêu đề mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="363"/>
        <source>a quote</source>
        <comment>kind.quote</comment>
        <translation>một trích dẫn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="364"/>
        <source>a bulleted list item</source>
        <comment>kind.bullet_item</comment>
        <translation>một mục danh sách gạch đầu dòng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="365"/>
        <source>a numbered list item</source>
        <comment>kind.numbered_item</comment>
        <translation>một mục danh sách đánh số</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="366"/>
        <source>a list item</source>
        <comment>kind.list_item</comment>
        <translation>một mục danh sách</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="367"/>
        <source>a caption</source>
        <comment>kind.caption</comment>
        <translation>một chú thích</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="368"/>
        <source>a photo</source>
        <comment>kind.photo</comment>
        <translation>một ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="369"/>
        <source>a table&apos;s header cell</source>
        <comment>kind.header_cell</comment>
        <translation>một ô tiêu đề của bảng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="370"/>
        <source>a table cell</source>
        <comment>kind.table_cell</comment>
        <translation>một ô của bảng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="371"/>
        <source>a line of the approval slip</source>
        <comment>kind.slip_line</comment>
        <translation>một dòng của phiếu trình duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="372"/>
        <source>styles</source>
        <comment>kind.styles</comment>
        <translation>kiểu trình bày</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="373"/>
        <source>an inlined picture</source>
        <comment>verify.inlined_picture</comment>
        <translation>ảnh nhúng trong trang</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="374"/>
        <source>missing from this file</source>
        <comment>verify.missing_here</comment>
        <translation>không có trong tệp này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="375"/>
        <source>after {after}: this file has {kind} &quot;{text}&quot; more</source>
        <comment>verify.extra_text</comment>
        <translation>sau {after}: tệp này có thêm {kind} &quot;{text}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="376"/>
        <source>after {after}: this file has {kind} more</source>
        <comment>verify.extra</comment>
        <translation>sau {after}: tệp này có thêm {kind}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="377"/>
        <source>the picture ({where}) is missing</source>
        <comment>verify.picture_missing</comment>
        <translation>thiếu ảnh ({where})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="378"/>
        <source>the picture is not the approved one</source>
        <comment>verify.picture_differs</comment>
        <translation>ảnh không phải ảnh đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="379"/>
        <source>alt text differs: &quot;{approved}&quot; / &quot;{here}&quot;</source>
        <comment>verify.alt_differs</comment>
        <translation>mô tả ảnh (alt) khác nhau: &quot;{approved}&quot; / &quot;{here}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="380"/>
        <source>{here} here, {approved} in the approved text</source>
        <comment>verify.kind_differs</comment>
        <translation>ở đây là {here}, trong bản đã duyệt là {approved}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="381"/>
        <source>styles differ: &quot;{approved}&quot; / &quot;{here}&quot;</source>
        <comment>verify.styles_differ</comment>
        <translation>kiểu trình bày khác nhau: &quot;{approved}&quot; / &quot;{here}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="382"/>
        <source>text differs: &quot;{approved}&quot; / &quot;{here}&quot;</source>
        <comment>verify.text_differs</comment>
        <translation>chữ khác nhau: &quot;{approved}&quot; / &quot;{here}&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="383"/>
        <source>no link</source>
        <comment>verify.no_link</comment>
        <translation>không có liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="384"/>
        <source>link differs at &quot;{words}&quot;: {approved} / {here}</source>
        <comment>verify.link_differs</comment>
        <translation>liên kết khác nhau ở &quot;{words}&quot;: {approved} / {here}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="385"/>
        <source>bold</source>
        <comment>mark.bold</comment>
        <translation>in đậm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="386"/>
        <source>not bold</source>
        <comment>mark.not_bold</comment>
        <translation>không in đậm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="387"/>
        <source>italic</source>
        <comment>mark.italic</comment>
        <translation>in nghiêng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="388"/>
        <source>not italic</source>
        <comment>mark.not_italic</comment>
        <translation>không in nghiêng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="389"/>
        <source>underlined</source>
        <comment>mark.underlined</comment>
        <translation>gạch chân</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="390"/>
        <source>not underlined</source>
        <comment>mark.not_underlined</comment>
        <translation>không gạch chân</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="391"/>
        <source>struck through</source>
        <comment>mark.struck</comment>
        <translation>gạch ngang</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="392"/>
        <source>not struck through</source>
        <comment>mark.not_struck</comment>
        <translation>không gạch ngang</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="393"/>
        <source>&quot;{words}&quot; is {approved} in the approved text, {here} here</source>
        <comment>verify.marks_differ</comment>
        <translation>&quot;{words}&quot; {approved} trong bản đã duyệt, {here} ở đây</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="394"/>
        <source>formatting differs</source>
        <comment>verify.formatting_differs</comment>
        <translation>định dạng khác nhau</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="396"/>
        <source>required: a list of rows</source>
        <comment>table.required_rows</comment>
        <translation>bắt buộc phải có: danh sách các hàng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="397"/>
        <source>a table needs at least one row</source>
        <comment>table.no_rows</comment>
        <translation>bảng cần ít nhất một hàng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="398"/>
        <source>too many rows ({count}, at most {limit})</source>
        <comment>table.too_many_rows</comment>
        <translation>quá nhiều hàng ({count}, tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="399"/>
        <source>too many cells ({rows} rows of {columns}, at most {limit})</source>
        <comment>table.too_many_cells</comment>
        <translation>quá nhiều ô ({rows} hàng × {columns} cột, tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="400"/>
        <source>expected a list of cells, got {got}</source>
        <comment>table.expected_cells</comment>
        <translation>cần danh sách các ô, nhưng gặp {got}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="401"/>
        <source>a row needs at least one cell</source>
        <comment>table.no_cells</comment>
        <translation>mỗi hàng cần ít nhất một ô</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="402"/>
        <source>too many cells ({count}, at most {limit})</source>
        <comment>table.too_many_columns</comment>
        <translation>quá nhiều ô ({count}, tối đa {limit})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="403"/>
        <source>has {count} cells where rows[0] has {first} (every row needs the same number of cells)</source>
        <comment>table.ragged</comment>
        <translation>có {count} ô trong khi hàng đầu tiên có {first} (mọi hàng cần cùng số ô)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="404"/>
        <source>expected a whole number</source>
        <comment>table.expected_whole_number</comment>
        <translation>cần một số nguyên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="405"/>
        <source>expected 0 to {rows} (the number of rows)</source>
        <comment>table.header_rows</comment>
        <translation>cần một số từ 0 đến {rows} (số hàng của bảng)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="407"/>
        <source>turns must be 0, 1, 2 or 3, not {turns!r}</source>
        <comment>photo_edit.bad_turns</comment>
        <translation>số lần xoay phải là 0, 1, 2 hoặc 3, không phải {turns!r}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="408"/>
        <source>unknown frame ratio {aspect!r} (expected one of {expected})</source>
        <comment>photo_edit.unknown_aspect</comment>
        <translation>tỉ lệ khung {aspect!r} không xác định (chỉ nhận {expected})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="409"/>
        <source>a frame ratio needs a crop frame</source>
        <comment>photo_edit.aspect_without_frame</comment>
        <translation>tỉ lệ khung cần có khung cắt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="410"/>
        <source>the crop frame ({x}, {y}, {w}×{h}) is not inside the picture ({width}×{height})</source>
        <comment>photo_edit.frame_outside</comment>
        <translation>khung cắt ({x}, {y}, {w}×{h}) không nằm trong ảnh ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="411"/>
        <source>the crop frame is too small ({w}×{h}; its width must be at least {minimum} pixels)</source>
        <comment>photo_edit.too_narrow</comment>
        <translation>khung cắt quá nhỏ ({w}×{h}; chiều rộng phải ít nhất {minimum} điểm ảnh)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="412"/>
        <source>the crop frame is too small ({w}×{h}; its height must be at least {minimum} pixels)</source>
        <comment>photo_edit.too_low</comment>
        <translation>khung cắt quá nhỏ ({w}×{h}; chiều cao phải ít nhất {minimum} điểm ảnh)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="413"/>
        <source>the crop frame is too long and thin ({w}×{h}; one side may be at most {ratio} times the other)</source>
        <comment>photo_edit.frame_too_thin</comment>
        <translation>khung cắt quá dài và hẹp ({w}×{h}; một cạnh chỉ được dài tối đa gấp {ratio} lần cạnh kia)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="414"/>
        <source>the crop frame ({w}×{h}) does not have the ratio {aspect}</source>
        <comment>photo_edit.ratio_not_honoured</comment>
        <translation>khung cắt ({w}×{h}) không theo tỉ lệ {aspect}</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="415"/>
        <source>expected an object</source>
        <comment>photo_edit.expected_object</comment>
        <translation>cần một đối tượng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="416"/>
        <source>expected 0, 1, 2 or 3</source>
        <comment>photo_edit.expected_turns</comment>
        <translation>cần 0, 1, 2 hoặc 3</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="417"/>
        <source>expected [x, y, width, height] in whole pixels</source>
        <comment>photo_edit.expected_crop</comment>
        <translation>cần [x, y, rộng, cao] tính bằng điểm ảnh nguyên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="418"/>
        <source>expected text such as &quot;3:2&quot;</source>
        <comment>photo_edit.expected_aspect</comment>
        <translation>cần chữ dạng &quot;3:2&quot;</translation>
    </message>
    <message>
        <location filename="../../deskeditor/messages.py" line="419"/>
        <source>the cropped or rotated photo is missing from the store</source>
        <comment>store.edited_photo_missing</comment>
        <translation>ảnh đã cắt hoặc xoay không có trong kho dữ liệu</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="112"/>
        <source>Photo caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="120"/>
        <source>e.g. Delegates at the conference</source>
        <translation>VD: Các đại biểu dự Hội nghị</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="122"/>
        <source>e.g. Photo: Trần Văn Ba</source>
        <translation>VD: Ảnh: Trần Văn Ba</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="125"/>
        <source>What the picture shows, for readers who cannot see it</source>
        <translation>Ảnh thể hiện gì, dành cho người không nhìn thấy ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="133"/>
        <source>Caption:</source>
        <translation>Chú thích:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="134"/>
        <source>Credit:</source>
        <translation>Nguồn ảnh:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="135"/>
        <source>Alt text:</source>
        <translation>Mô tả ảnh (alt):</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="137"/>
        <source>The caption is for every reader; the alt text describes the picture.</source>
        <translation>Chú thích dành cho mọi người đọc; mô tả ảnh (alt) nói ảnh thể hiện gì.</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="100"/>
        <source>Photos</source>
        <translation>Ảnh trong bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="105"/>
        <source>Caption…</source>
        <translation>Chú thích…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="106"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="107"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="108"/>
        <source>Replace…</source>
        <translation>Thay ảnh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="109"/>
        <source>Remove</source>
        <translation>Xoá ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="142"/>
        <source>(no caption)</source>
        <translation>(chưa có chú thích)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="154"/>
        <source>Missing alt text</source>
        <translation>Thiếu mô tả ảnh (alt)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="157"/>
        <source>Missing credit</source>
        <translation>Thiếu nguồn ảnh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/article_editor.py" line="169"/>
        <source>%n photo(s) without alt text: required before export.</source>
        <translation>
            <numerusform>%n ảnh chưa có mô tả (alt): cần có trước khi xuất bản.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/article_editor.py" line="173"/>
        <source>%n photo(s) without credit: say whose picture it is.</source>
        <translation>
            <numerusform>%n ảnh chưa có nguồn ảnh: hãy ghi ảnh của ai.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="78"/>
        <source>Find in the title, lead, body and captions</source>
        <translation>Tìm trong tiêu đề, sapo, thân bài và chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="81"/>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="82"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Kết quả trước (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="83"/>
        <source>Next match (F3)</source>
        <translation>Kết quả sau (F3)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="86"/>
        <location filename="../../deskeditor/gui/find_bar.py" line="278"/>
        <source>No match</source>
        <translation>Không thấy</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="90"/>
        <source>Match case</source>
        <translation>Phân biệt hoa/thường</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="91"/>
        <source>Whole word</source>
        <translation>Nguyên từ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="92"/>
        <source>Ignore tones and marks</source>
        <translation>Bỏ qua dấu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="101"/>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="102"/>
        <source>Replace:</source>
        <translation>Thay bằng:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="103"/>
        <source>Replace</source>
        <translation>Thay</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="104"/>
        <source>Replace all</source>
        <translation>Thay tất cả</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="111"/>
        <source>Find:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="283"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="324"/>
        <source>“%1” is not in the article.</source>
        <translation>Không tìm thấy “%1” trong bài.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="350"/>
        <source>In the caption of photo %1</source>
        <translation>Trong chú thích ảnh %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="359"/>
        <source>Reached the end of the article; continued from the top.</source>
        <translation>Đã tìm đến cuối bài, tiếp tục từ đầu bài.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="361"/>
        <source>Reached the top of the article; continued from the end.</source>
        <translation>Đã tìm đến đầu bài, tiếp tục từ cuối bài.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/find_bar.py" line="416"/>
        <source>Replaced %n time(s).</source>
        <translation>
            <numerusform>Đã thay %n chỗ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/find_bar.py" line="416"/>
        <source>No match to replace.</source>
        <translation>Không có chỗ nào để thay.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../deskeditor/gui/help_window.py" line="85"/>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/help_window.py" line="106"/>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/help_window.py" line="108"/>
        <source>◀ Back</source>
        <translation>◀ Quay lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/help_window.py" line="112"/>
        <source>Forward ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/help_window.py" line="116"/>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="70"/>
        <source>History of the article</source>
        <translation>Lịch sử phiên bản của bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="77"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="78"/>
        <source>Saved at</source>
        <translation>Lưu lúc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="79"/>
        <source>Version code</source>
        <translation>Mã phiên bản</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="80"/>
        <source>Status / approval</source>
        <translation>Trạng thái / duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="145"/>
        <source> (void)</source>
        <translation> (đã huỷ hiệu lực)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="104"/>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>Chọn một phiên bản để xem thay đổi, hoặc hai phiên bản để so sánh.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="107"/>
        <source>Restore this revision</source>
        <translation>Khôi phục phiên bản này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="140"/>
        <source>Approved by %1</source>
        <translation>Đã duyệt (%1)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="141"/>
        <source>Returned for changes by %1</source>
        <translation>Trả lại để sửa (%1)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="142"/>
        <source>Rejected by %1</source>
        <translation>Không đăng (%1)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="147"/>
        <source>, published on %1</source>
        <translation>, đã đăng ngày %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="173"/>
        <source>Revision %1 compared with revision %2</source>
        <translation>Phiên bản %1 so với phiên bản %2</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="177"/>
        <source>Revision %1 (the first)</source>
        <translation>Phiên bản %1 (đầu tiên)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="189"/>
        <source>Restore failed</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="194"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="195"/>
        <source>The revision was restored as a new revision (version %1).</source>
        <translation>Đã khôi phục thành một phiên bản mới (mã %1).</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="53"/>
        <source>Insert link</source>
        <translation>Chèn liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="63"/>
        <source>Address (http, https or mailto):</source>
        <translation>Địa chỉ (http, https hoặc mailto):</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="78"/>
        <source>This address cannot be used: %1.</source>
        <translation>Không dùng được địa chỉ này: %1.</translation>
    </message>
    <message>
        <source>Only http, https and mailto addresses can be linked, for example https://example.gov.vn</source>
        <translation type="vanished">Chỉ được liên kết tới địa chỉ http, https hoặc mailto, ví dụ https://example.gov.vn</translation>
    </message>
</context>
<context>
    <name>LinkEditDialog</name>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="242"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="245"/>
        <source>e.g. Sở Tư pháp</source>
        <translation>VD: Sở Tư pháp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="258"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="259"/>
        <source>Web address:</source>
        <translation>Địa chỉ web:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="277"/>
        <source>The link needs a name.</source>
        <translation>Liên kết phải có tên.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="284"/>
        <source>This address cannot be used: %1.</source>
        <translation>Không dùng được địa chỉ này: %1.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="294"/>
        <source>“https://” was added in front of the address. Check it and press OK again.</source>
        <translation>Đã thêm “https://” vào đầu địa chỉ. Hãy kiểm tra lại rồi bấm Đồng ý lần nữa.</translation>
    </message>
</context>
<context>
    <name>LinkListEdits</name>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="107"/>
        <source>This change cannot be made: %1</source>
        <translation>Không thực hiện được thay đổi này: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="127"/>
        <location filename="../../deskeditor/gui/link_edits.py" line="133"/>
        <source>Add group</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="127"/>
        <source>Name of the new group:</source>
        <translation>Tên nhóm mới:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="145"/>
        <source>Add link to “%1”</source>
        <translation>Thêm liên kết vào nhóm “%1”</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="149"/>
        <source>Add link</source>
        <translation>Thêm liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="163"/>
        <location filename="../../deskeditor/gui/link_edits.py" line="167"/>
        <source>Rename group</source>
        <translation>Đổi tên nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="163"/>
        <source>New name of the group:</source>
        <translation>Tên mới của nhóm:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="175"/>
        <location filename="../../deskeditor/gui/link_edits.py" line="186"/>
        <source>Edit link</source>
        <translation>Sửa liên kết</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/link_edits.py" line="201"/>
        <source>The group “%1” holds %n link(s). Remove the group with its links?</source>
        <translation>
            <numerusform>Nhóm “%1” có %n liên kết. Xoá nhóm cùng các liên kết này?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="207"/>
        <location filename="../../deskeditor/gui/link_edits.py" line="213"/>
        <source>Remove group</source>
        <translation>Xoá nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="220"/>
        <source>Remove link</source>
        <translation>Xoá liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="237"/>
        <source>Move group</source>
        <translation>Di chuyển nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="245"/>
        <source>Move link</source>
        <translation>Di chuyển liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="277"/>
        <source>Move to group</source>
        <translation>Chuyển sang nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="278"/>
        <source>Move “%1” to the group:</source>
        <translation>Chuyển “%1” sang nhóm:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="291"/>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="291"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="317"/>
        <source>The group is already in alphabetical order.</source>
        <translation>Nhóm đã được sắp xếp theo ABC.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_edits.py" line="322"/>
        <source>Sort A–Z</source>
        <translation>Sắp xếp theo ABC</translation>
    </message>
</context>
<context>
    <name>LinkListFiles</name>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="50"/>
        <source>Import CSV</source>
        <translation>Nhập từ CSV</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="52"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/link_files.py" line="78"/>
        <source>Imported %n link(s) in %1 group(s).</source>
        <translation>
            <numerusform>Đã nhập %n liên kết trong %1 nhóm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/link_files.py" line="82"/>
        <source>%n bad row(s) skipped.</source>
        <translation>
            <numerusform>Đã bỏ qua %n dòng lỗi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/link_files.py" line="86"/>
        <source>%n link(s) repeating an address of their group left out (line(s) %1).</source>
        <translation>
            <numerusform>Đã bỏ %n liên kết trùng địa chỉ trong cùng nhóm (dòng %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="92"/>
        <source>“https://” was added on line(s) %1.</source>
        <translation>Đã thêm “https://” ở dòng %1.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="94"/>
        <source>Undo (Ctrl+Z) brings the previous list back.</source>
        <translation>Bấm Hoàn tác (Ctrl+Z) để lấy lại danh sách trước đó.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="99"/>
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, phân cách bằng dấu phẩy (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="100"/>
        <source>CSV for Excel, separated by ; (*.csv)</source>
        <translation>CSV cho Excel, phân cách bằng dấu chấm phẩy (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="103"/>
        <source>Export CSV</source>
        <translation>Xuất ra CSV</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="119"/>
        <source>Export HTML snippet</source>
        <translation>Xuất đoạn HTML</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="121"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>Tệp HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="134"/>
        <source>The HTML snippet is on the clipboard.</source>
        <translation>Đã sao chép đoạn HTML vào bộ nhớ tạm.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="140"/>
        <source>Nothing to export: no visible group has a visible link.</source>
        <translation>Không có gì để xuất: không nhóm nào đang hiện có liên kết đang hiện.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="151"/>
        <source>File not written</source>
        <translation>Không ghi được tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_files.py" line="153"/>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
</context>
<context>
    <name>LinkManagerDialog</name>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="54"/>
        <source>Link list</source>
        <translation>Danh sách liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="86"/>
        <source>Drag to reorder, or use Ctrl+Up and Ctrl+Down. Space hides or shows.</source>
        <translation>Kéo thả để đổi thứ tự, hoặc dùng Ctrl+↑ và Ctrl+↓. Phím cách (Space) để ẩn hoặc hiện.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="112"/>
        <source>Add group…</source>
        <translation>Thêm nhóm…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="113"/>
        <source>Add link…</source>
        <translation>Thêm liên kết…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="115"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="118"/>
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="121"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="124"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="127"/>
        <source>Move to group…</source>
        <translation>Chuyển sang nhóm…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="130"/>
        <source>Hide / show</source>
        <translation>Ẩn / hiện</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="132"/>
        <source>Sort A–Z</source>
        <translation>Sắp xếp theo ABC</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="133"/>
        <source>Sort the links of the group in Vietnamese order</source>
        <translation>Sắp xếp các liên kết trong nhóm theo thứ tự chữ cái tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="134"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="136"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="146"/>
        <source>Import CSV…</source>
        <translation>Nhập từ CSV…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="147"/>
        <source>Export CSV…</source>
        <translation>Xuất ra CSV…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="148"/>
        <source>Export HTML snippet…</source>
        <translation>Xuất đoạn HTML…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="149"/>
        <source>Copy HTML snippet</source>
        <translation>Sao chép đoạn HTML</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/links_manager.py" line="240"/>
        <source>%n link(s) repeat an address already in their group.</source>
        <translation>
            <numerusform>Có %n liên kết trùng địa chỉ với một liên kết khác trong cùng nhóm.</numerusform>
        </translation>
    </message>
    <message>
        <source>This change cannot be made: %1</source>
        <translation type="vanished">Không thực hiện được thay đổi này: %1</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="vanished">Thêm nhóm</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation type="vanished">Tên nhóm mới:</translation>
    </message>
    <message>
        <source>Add link to “%1”</source>
        <translation type="vanished">Thêm liên kết vào nhóm “%1”</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="vanished">Thêm liên kết</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation type="vanished">Đổi tên nhóm</translation>
    </message>
    <message>
        <source>New name of the group:</source>
        <translation type="vanished">Tên mới của nhóm:</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation type="vanished">Sửa liên kết</translation>
    </message>
    <message numerus="yes">
        <source>The group “%1” holds %n link(s). Remove the group with its links?</source>
        <translation type="vanished">
            <numerusform>Nhóm “%1” có %n liên kết. Xoá nhóm cùng các liên kết này?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="vanished">Xoá nhóm</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="vanished">Xoá liên kết</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation type="vanished">Di chuyển nhóm</translation>
    </message>
    <message>
        <source>Move link</source>
        <translation type="vanished">Di chuyển liên kết</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation type="vanished">Chuyển sang nhóm</translation>
    </message>
    <message>
        <source>Move “%1” to the group:</source>
        <translation type="vanished">Chuyển “%1” sang nhóm:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="vanished">Hiện</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="vanished">Ẩn</translation>
    </message>
    <message>
        <source>The group is already in alphabetical order.</source>
        <translation type="vanished">Nhóm đã được sắp xếp theo ABC.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="vanished">Nhập từ CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="vanished">Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n link(s) in %1 group(s).</source>
        <translation type="vanished">
            <numerusform>Đã nhập %n liên kết trong %1 nhóm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped.</source>
        <translation type="vanished">
            <numerusform>Đã bỏ qua %n dòng lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>“https://” was added on line(s) %1.</source>
        <translation type="vanished">Đã thêm “https://” ở dòng %1.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings the previous list back.</source>
        <translation type="vanished">Bấm Hoàn tác (Ctrl+Z) để lấy lại danh sách trước đó.</translation>
    </message>
    <message>
        <source>CSV, comma separated (*.csv)</source>
        <translation type="vanished">CSV, phân cách bằng dấu phẩy (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, separated by ; (*.csv)</source>
        <translation type="vanished">CSV cho Excel, phân cách bằng dấu chấm phẩy (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="vanished">Xuất ra CSV</translation>
    </message>
    <message>
        <source>Export HTML snippet</source>
        <translation type="vanished">Xuất đoạn HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="vanished">Tệp HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>The HTML snippet is on the clipboard.</source>
        <translation type="vanished">Đã sao chép đoạn HTML vào bộ nhớ tạm.</translation>
    </message>
    <message>
        <source>Nothing to export: no visible group has a visible link.</source>
        <translation type="vanished">Không có gì để xuất: không nhóm nào đang hiện có liên kết đang hiện.</translation>
    </message>
    <message>
        <source>File not written</source>
        <translation type="vanished">Không ghi được tệp</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="vanished">Đã ghi: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="313"/>
        <source>The link list was not saved</source>
        <translation>Chưa lưu được danh sách liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="324"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="325"/>
        <source>The link list has changes that are not saved. Save them?</source>
        <translation>Danh sách liên kết có thay đổi chưa được lưu. Có lưu không?</translation>
    </message>
</context>
<context>
    <name>LinkTreeModel</name>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="114"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="114"/>
        <source>Web address</source>
        <translation>Địa chỉ web</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="139"/>
        <source>(hidden)</source>
        <translation>(ẩn)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/link_tree.py" line="141"/>
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n liên kết</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="162"/>
        <source>The same address is already in this group: “%1”.</source>
        <translation>Địa chỉ này đã có trong nhóm: “%1”.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="166"/>
        <source>Hidden: kept in the list but not shown on the portal.</source>
        <translation>Đang ẩn: vẫn giữ trong danh sách nhưng không hiển thị trên cổng thông tin.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/link_tree.py" line="168"/>
        <source>The group is hidden, so this link is not shown either.</source>
        <translation>Nhóm đang ẩn nên liên kết này cũng không hiển thị.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="78"/>
        <source>Open &amp;Word draft…</source>
        <translation>Mở bản thảo &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/word_import.py" line="33"/>
        <source>Open Word draft</source>
        <translation>Mở bản thảo Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="vanished">Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/word_import.py" line="35"/>
        <source>Word documents (*.docx *.docm *.dotx)</source>
        <translation>Văn bản Word (*.docx *.docm *.dotx)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/word_import.py" line="49"/>
        <source>Reading the Word draft…</source>
        <translation>Đang đọc bản thảo Word…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/word_import.py" line="83"/>
        <source>Word draft imported</source>
        <translation>Đã nhập bản thảo Word</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/word_import.py" line="84"/>
        <source>The draft was imported. What could not be brought in, or was changed:</source>
        <translation>Đã nhập bản thảo. Những phần không nhập được hoặc đã thay đổi:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="75"/>
        <source>&amp;New article</source>
        <translation>Bài &amp;mới</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="77"/>
        <source>&amp;Import article (JSON)…</source>
        <translation>&amp;Nhập bài viết (JSON)…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="80"/>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử phiên bản…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="81"/>
        <source>&amp;Delete article…</source>
        <translation>&amp;Xoá bài viết…</translation>
    </message>
    <message>
        <source>&amp;Back up the store…</source>
        <translation type="vanished">&amp;Sao lưu dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="82"/>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Sao lưu và khôi phục…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="86"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="87"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="88"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="89"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Find articles</source>
        <translation type="vanished">&amp;Tìm bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="97"/>
        <source>&amp;Bold</source>
        <translation>Chữ đậ&amp;m</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="98"/>
        <source>&amp;Italic</source>
        <translation>Chữ &amp;nghiêng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="99"/>
        <source>&amp;Underline</source>
        <translation>&amp;Gạch chân</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="100"/>
        <source>&amp;Paragraph</source>
        <translation>Đoạn &amp;văn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="101"/>
        <source>&amp;Heading</source>
        <translation>&amp;Tiêu đề mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="102"/>
        <source>&amp;Quote</source>
        <translation>T&amp;rích dẫn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="103"/>
        <source>Bulleted li&amp;st</source>
        <translation>Danh sách &amp;dấu đầu dòng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="104"/>
        <source>&amp;Numbered list</source>
        <translation>Danh sách đánh &amp;số</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="105"/>
        <source>Insert &amp;link…</source>
        <translation>Chèn &amp;liên kết…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="106"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Bỏ liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="107"/>
        <source>Insert &amp;photo…</source>
        <translation>Chèn ả&amp;nh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="120"/>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="121"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="122"/>
        <source>&amp;About deskeditor</source>
        <translation>&amp;Giới thiệu deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="136"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="140"/>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="144"/>
        <source>&amp;Insert</source>
        <translation>&amp;Chèn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="150"/>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="151"/>
        <source>&amp;Settings</source>
        <translation>Cà&amp;i đặt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="153"/>
        <source>Language (after &amp;restart)</source>
        <translation>&amp;Ngôn ngữ (áp dụng khi mở lại)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="337"/>
        <source>The article «{title}» was approved by {who} on {on} and is published. Deleting it removes it from this program only, not from the portal. Its sign-off record is kept, so the signed Word document and the portal page still verify.</source>
        <translation>Bài «{title}» đã được {who} duyệt ngày {on} và đã đăng. Xoá bài chỉ xoá trong chương trình này, không gỡ bài khỏi cổng thông tin. Hồ sơ duyệt vẫn được giữ lại, nên bản Word đã ký và trang trên cổng thông tin vẫn kiểm tra (đối chiếu) được.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="345"/>
        <source>The article «{title}» was approved by {who} on {on}. Its sign-off record is kept after the deletion, so its exported copies (the signed Word document, the portal page) still verify.</source>
        <translation>Bài «{title}» đã được {who} duyệt ngày {on}. Sau khi xoá bài, hồ sơ duyệt vẫn được giữ lại, nên các bản đã xuất (bản Word đã ký, trang web) vẫn kiểm tra (đối chiếu) được.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="119"/>
        <source>Web page &amp;templates folder…</source>
        <translation>Thư mục &amp;mẫu trang web…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="156"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="159"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="101"/>
        <source>Heading</source>
        <translation>Tiêu đề mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="102"/>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="103"/>
        <location filename="../../deskeditor/gui/actions.py" line="104"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="105"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="107"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="542"/>
        <source>Word for sign-off</source>
        <translation>Xuất Word để duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="277"/>
        <location filename="../../deskeditor/gui/actions.py" line="312"/>
        <source>Import article</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="279"/>
        <source>Article JSON (*.json)</source>
        <translation>Bài viết JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="306"/>
        <location filename="../../deskeditor/gui/word_import.py" line="75"/>
        <location filename="../../deskeditor/gui/word_import.py" line="98"/>
        <source>Import failed</source>
        <translation>Nhập thất bại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="330"/>
        <source>Delete the article «{title}» with all its revisions? This cannot be undone.</source>
        <translation>Xoá bài «{title}» cùng mọi phiên bản? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>The article «{title}» was approved by {who} on {on} and is published. Deleting it also deletes its approval record: its signed Word document and the page on the portal will no longer verify.</source>
        <translation type="vanished">Bài «{title}» đã được {who} duyệt ngày {on} và đã đăng. Xoá bài sẽ mất cả hồ sơ duyệt: bản Word đã ký và trang trên cổng thông tin sẽ không còn kiểm tra (đối chiếu) được.</translation>
    </message>
    <message>
        <source>The article «{title}» was approved by {who} on {on}. Deleting it also deletes its approval record: its exported copies (the signed Word document, the portal page) will no longer verify.</source>
        <translation type="vanished">Bài «{title}» đã được {who} duyệt ngày {on}. Xoá bài sẽ mất cả hồ sơ duyệt: các bản đã xuất (bản Word đã ký, trang web) sẽ không còn kiểm tra (đối chiếu) được.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="355"/>
        <source>Delete article</source>
        <translation>Xoá bài viết</translation>
    </message>
    <message>
        <source>Delete this article with all its revisions? This cannot be undone.</source>
        <translation type="vanished">Xoá bài viết này cùng mọi phiên bản? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="380"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="381"/>
        <source>Save the article first.</source>
        <translation>Hãy lưu bài viết trước.</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation type="vanished">Sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>Store (*.db)</source>
        <translation type="vanished">Tệp dữ liệu (*.db)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="vanished">Sao lưu thất bại</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="vanished">Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="404"/>
        <source>Web page templates</source>
        <translation>Mẫu trang web</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="406"/>
        <source>The HTML export uses the templates built into the program. A folder of your own may replace any of them (article.html.j2, fragment.html.j2, blocks.html.j2, links.html.j2, portal.css).</source>
        <translation>Khi xuất HTML, chương trình dùng các mẫu có sẵn. Có thể dùng một thư mục riêng để thay bất kỳ tệp mẫu nào (article.html.j2, fragment.html.j2, blocks.html.j2, links.html.j2, portal.css).</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="414"/>
        <source>Current folder: %1</source>
        <translation>Thư mục đang dùng: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="415"/>
        <source>(built-in templates)</source>
        <translation>(mẫu có sẵn)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="419"/>
        <source>Choose a folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="423"/>
        <source>Use the built-in templates</source>
        <translation>Dùng mẫu có sẵn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="430"/>
        <source>Templates folder</source>
        <translation>Thư mục mẫu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="443"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="444"/>
        <source>The new language will be used the next time the program starts.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="456"/>
        <source>About deskeditor</source>
        <translation>Giới thiệu deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="457"/>
        <source>deskeditor %1: news articles, photos and links for the department&apos;s portal.</source>
        <translation>deskeditor %1: soạn tin bài, ảnh và liên kết cho Trang thông tin điện tử của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="64"/>
        <source>Old Vietnamese encoding</source>
        <translation>Bảng mã tiếng Việt cũ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="66"/>
        <source>The pasted text looks like %1, from an old document. Convert it to Unicode?</source>
        <translation>Văn bản vừa dán có vẻ dùng bảng mã %1 của tài liệu cũ. Chuyển sang Unicode không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="72"/>
        <source>Pasted: %1

Converted: %2</source>
        <translation>Văn bản dán: %1

Sau khi chuyển: %2</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="77"/>
        <source>Convert to Unicode</source>
        <translation>Chuyển sang Unicode</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="81"/>
        <source>Paste as it is</source>
        <translation>Dán nguyên văn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/list_panel.py" line="38"/>
        <source>Search (accents optional: hoi nghi)</source>
        <translation>Tìm kiếm (gõ không dấu cũng được: hoi nghi)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/list_panel.py" line="42"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="210"/>
        <location filename="../../deskeditor/app.py" line="131"/>
        <source>Cannot open the store</source>
        <translation>Không mở được kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="75"/>
        <source>%1.

Open it read-only, to read and export without changing it?</source>
        <translation>%1.

Mở ở chế độ chỉ đọc để xem và xuất bài mà không thay đổi dữ liệu?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="102"/>
        <source>The store was moved from %1 to %2, a folder that is not copied with the roaming profile. Nothing else needs doing.</source>
        <translation>Kho dữ liệu đã được chuyển từ %1 sang %2, thư mục không bị sao chép theo hồ sơ người dùng chuyển vùng (roaming profile). Không cần làm gì thêm.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="107"/>
        <source>Store moved</source>
        <translation>Đã chuyển kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="110"/>
        <source>The store is still in %1 (the roaming profile) and is used there this time: it could not be moved to %2.

%3</source>
        <translation>Kho dữ liệu vẫn ở %1 (hồ sơ người dùng chuyển vùng) và lần này được dùng tại đó: không chuyển được sang %2.

%3</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="118"/>
        <source>Store not moved</source>
        <translation>Chưa chuyển được kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="233"/>
        <source>New article</source>
        <translation>Bài mới</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="237"/>
        <source> (read-only)</source>
        <translation> (chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/list_panel.py" line="87"/>
        <source>All categories</source>
        <translation>Mọi chuyên mục</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/main_window.py" line="260"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="328"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/main_window.py" line="337"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n từ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="345"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="362"/>
        <source>Autosave failed: %1</source>
        <translation>Tự động lưu thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="368"/>
        <source>Not saved (kept automatically at %1)</source>
        <translation>Chưa lưu (đã tự động giữ lúc %1)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="66"/>
        <location filename="../../deskeditor/gui/saving.py" line="27"/>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="67"/>
        <location filename="../../deskeditor/gui/saving.py" line="28"/>
        <source>The store was opened read-only: nothing can be saved.</source>
        <translation>Kho dữ liệu đang mở ở chế độ chỉ đọc: không lưu được thay đổi.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="36"/>
        <location filename="../../deskeditor/gui/saving.py" line="47"/>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="37"/>
        <source>The publication date is not a date: type it as dd/mm/yyyy hh:mm.</source>
        <translation>Ngày đăng không hợp lệ: hãy gõ theo dạng dd/mm/yyyy hh:mm.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="48"/>
        <source>The article needs a title.</source>
        <translation>Bài viết cần có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="61"/>
        <source>Edit a submitted article?</source>
        <translation>Sửa bài đang chờ duyệt?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="62"/>
        <source>This article is waiting for the board&apos;s decision on the version code printed on its sign-off slip. Saving your changes makes a new draft revision and withdraws it from sign-off: it must be submitted again with a new slip.</source>
        <translation>Bài đang chờ Ban biên tập duyệt theo mã phiên bản in trên phiếu duyệt. Lưu thay đổi sẽ tạo một phiên bản nháp mới và rút bài khỏi hàng chờ duyệt: phải gửi duyệt lại với phiếu mới.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="69"/>
        <source>Edit a published article?</source>
        <translation>Sửa bài đã đăng?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="70"/>
        <source>This article is already on the portal. Saving your changes makes a new draft revision and voids the approval; the portal keeps the published version until the new one is approved and published again.</source>
        <translation>Bài này đã đăng trên cổng thông tin. Lưu thay đổi sẽ tạo một bản nháp mới và huỷ hiệu lực của lần duyệt; cổng thông tin vẫn giữ bản cũ đã đăng cho đến khi bản mới được duyệt và đăng lại.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="77"/>
        <source>Edit an approved article?</source>
        <translation>Sửa bài đã duyệt?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="78"/>
        <source>This article was approved. Saving your changes makes a new draft revision and voids the approval: it must be submitted again.</source>
        <translation>Bài này đã được duyệt. Lưu thay đổi sẽ tạo một bản nháp mới và huỷ hiệu lực của lần duyệt: bài phải được gửi duyệt lại.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="384"/>
        <source>Save failed</source>
        <translation>Lưu thất bại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="394"/>
        <source>Saved — version %1</source>
        <translation>Đã lưu — mã phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="109"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="110"/>
        <source>The article has changes that are not saved. Save them?</source>
        <translation>Bài viết có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="147"/>
        <source>Insert photos</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="138"/>
        <source>Images (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="91"/>
        <source>Small photo(s): %1. Under %2 pixels on the long edge they print blurred on the sign-off document; use the original file from the camera or phone if you have it.</source>
        <translation>Ảnh nhỏ: %1. Ảnh có cạnh dài dưới %2 điểm ảnh khi in ra phiếu duyệt sẽ bị mờ; nếu có, hãy dùng tệp gốc từ máy ảnh hoặc điện thoại.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="162"/>
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="163"/>
        <source>Photos are still being imported.</source>
        <translation>Ảnh vẫn đang được nhập.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="169"/>
        <source>Importing photos…</source>
        <translation>Đang nhập ảnh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="255"/>
        <source>Photo replaced. Check the caption and the alt text (description) for the new photo.</source>
        <translation>Đã thay ảnh. Hãy kiểm tra lại chú thích và mô tả (alt) cho ảnh mới.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="264"/>
        <source>This is a new photo: check that the caption, the credit and the alt text (description) still fit it.</source>
        <translation>Đây là ảnh mới: hãy kiểm tra xem chú thích, nguồn ảnh và mô tả (alt) còn đúng với ảnh này không.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="52"/>
        <source>Save first</source>
        <translation>Cần lưu trước</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="40"/>
        <source>The article must be saved before this: the exported version is a saved revision. Save now?</source>
        <translation>Cần lưu bài trước: bản được xuất phải là một phiên bản đã lưu. Lưu ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="45"/>
        <source>The article must be saved before this: sign-off and publishing apply to a saved revision. Save now?</source>
        <translation>Cần lưu bài trước: việc gửi duyệt, duyệt và đăng bài áp dụng cho một phiên bản đã lưu. Lưu ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="98"/>
        <source>Cannot submit</source>
        <translation>Không gửi duyệt được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="99"/>
        <source>Submitted for approval.</source>
        <translation>Đã gửi duyệt.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="136"/>
        <source>Decision not recorded</source>
        <translation>Chưa ghi được ý kiến duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="137"/>
        <source>Decision recorded.</source>
        <translation>Đã ghi ý kiến duyệt.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="153"/>
        <source>Cannot mark as published</source>
        <translation>Không đánh dấu đã đăng được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="154"/>
        <source>Marked as published.</source>
        <translation>Đã đánh dấu là đã đăng.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="169"/>
        <location filename="../../deskeditor/gui/article_actions.py" line="514"/>
        <source>Export finished</source>
        <translation>Xuất xong</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="170"/>
        <source>%1 was written to:
%2

Open it now?</source>
        <translation>%1 đã được ghi vào:
%2

Mở ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="200"/>
        <source>Exported with blanks: the site details have no %1 (Settings → Site profile and categories).</source>
        <translation>Đã xuất nhưng còn để trống: thông tin cơ quan chưa có %1 (Cài đặt → Thông tin cơ quan và chuyên mục).</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="224"/>
        <source>This article has not been approved (its status is: %1). Every article must be signed off before it goes on the portal. Export its web page anyway?</source>
        <translation>Bài này chưa được duyệt (trạng thái: %1). Mọi bài phải được duyệt trước khi đăng lên cổng thông tin. Vẫn xuất trang web?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="231"/>
        <source>%1 of the %2 selected articles have not been approved. Every article must be signed off before it goes on the portal. Export their web pages anyway?</source>
        <translation>%1 trong số %2 bài đã chọn chưa được duyệt. Mọi bài phải được duyệt trước khi đăng lên cổng thông tin. Vẫn xuất trang web của các bài này?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="241"/>
        <source>Not approved</source>
        <translation>Chưa được duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="263"/>
        <source>Export Word for sign-off</source>
        <translation>Xuất Word để duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="265"/>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="276"/>
        <location filename="../../deskeditor/gui/article_actions.py" line="339"/>
        <location filename="../../deskeditor/gui/article_actions.py" line="526"/>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="281"/>
        <source>The Word document</source>
        <translation>Văn bản Word</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="305"/>
        <location filename="../../deskeditor/gui/article_actions.py" line="470"/>
        <source>Choose the folder to export into</source>
        <translation>Chọn thư mục để xuất vào</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="313"/>
        <source>Replace?</source>
        <translation>Ghi đè?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="313"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 đã có. Ghi đè lên không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="322"/>
        <source>Export a single web page</source>
        <translation>Xuất trang web (một tệp)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="324"/>
        <source>Export the body for the CMS</source>
        <translation>Xuất phần nội dung cho CMS</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="330"/>
        <source>Web page (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="344"/>
        <source>The web page</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="370"/>
        <source>Copy failed</source>
        <translation>Sao chép không thành công</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="378"/>
        <source>The HTML of the body, with its photos, is on the clipboard.</source>
        <translation>Đã sao chép HTML phần nội dung, kèm ảnh, vào bộ nhớ tạm.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="392"/>
        <source>Check an exported copy</source>
        <translation>Kiểm tra bản đã xuất</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="394"/>
        <source>Exports (*.docx *.html *.htm)</source>
        <translation>Bản xuất (*.docx *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="403"/>
        <source>Cannot check this file</source>
        <translation>Không kiểm tra được tệp này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="410"/>
        <source>Approved version</source>
        <translation>Đúng bản đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="412"/>
        <source>Not an approved version</source>
        <translation>Không phải bản đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="422"/>
        <location filename="../../deskeditor/gui/article_actions.py" line="457"/>
        <source>Export several articles</source>
        <translation>Xuất nhiều bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="424"/>
        <source>Web page folder for the portal</source>
        <translation>Thư mục trang web cho cổng thông tin</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="427"/>
        <source>Word document for sign-off</source>
        <translation>Văn bản Word để duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="437"/>
        <source>Export %1 selected article(s) as:</source>
        <translation>Xuất %1 bài đã chọn dưới dạng:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="458"/>
        <source>Select articles in the list first (Ctrl+click, Shift+click).</source>
        <translation>Hãy chọn bài trong danh sách trước (Ctrl+nhấp, Shift+nhấp).</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="485"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="486"/>
        <location filename="../../deskeditor/gui/photo_handling.py" line="170"/>
        <location filename="../../deskeditor/gui/word_import.py" line="50"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="501"/>
        <source>%1 of %2 article(s) exported to %3.</source>
        <translation>Đã xuất %1/%2 bài vào %3.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="509"/>
        <source>Export finished with problems</source>
        <translation>Xuất xong nhưng có lỗi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="514"/>
        <source>Open the folder?</source>
        <translation>Mở thư mục?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="539"/>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="540"/>
        <source>&amp;Record the decision…</source>
        <translation>Ghi ý kiến &amp;duyệt…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="541"/>
        <source>Mark as &amp;published</source>
        <translation>Đánh dấu đã đă&amp;ng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="542"/>
        <source>E&amp;xport Word for sign-off…</source>
        <translation>Xuất &amp;Word để duyệt…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="543"/>
        <source>Export web page (&amp;folder)…</source>
        <translation>Xuất trang web (&amp;thư mục)…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="544"/>
        <source>Export web page (single f&amp;ile)…</source>
        <translation>Xuất trang web (&amp;một tệp)…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="545"/>
        <source>Export &amp;body for the CMS…</source>
        <translation>Xuất nội dung cho &amp;CMS…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="546"/>
        <source>Copy body HT&amp;ML for the CMS</source>
        <translation>Sao chép &amp;HTML nội dung cho CMS</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="547"/>
        <source>Export selected &amp;articles…</source>
        <translation>Xuất các &amp;bài đã chọn…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="548"/>
        <source>Check an exported &amp;copy…</source>
        <translation>&amp;Kiểm tra bản đã xuất…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="194"/>
        <source>Some files were not imported</source>
        <translation>Một số tệp không nhập được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="214"/>
        <source>Photo not stored</source>
        <translation>Không lưu được ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="227"/>
        <source>Photo: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="240"/>
        <source>Replace photo</source>
        <translation>Thay ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="74"/>
        <source>The store is in use</source>
        <translation>Kho dữ liệu đang được sử dụng</translation>
    </message>
    <message>
        <source>%1

Open it read-only, to read and export without changing it?</source>
        <translation type="vanished">%1

Mở ở chế độ chỉ đọc để xem và xuất bài mà không thay đổi dữ liệu?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="148"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="59"/>
        <source>Automatic backup failed: %1</source>
        <translation>Tự động sao lưu thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="52"/>
        <source>Today&apos;s backup: %1</source>
        <translation>Bản sao lưu hôm nay: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="290"/>
        <source>Photo outside the folder</source>
        <translation>Ảnh nằm ngoài thư mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="291"/>
        <source>This article uses a photo outside the folder of its JSON file:
%1

Import it anyway?</source>
        <translation>Bài viết này dùng một ảnh nằm ngoài thư mục của tệp JSON:
%1

Vẫn nhập bài?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/background.py" line="162"/>
        <source>The work failed</source>
        <translation>Công việc không thành công</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="78"/>
        <location filename="../../deskeditor/gui/photo_tools.py" line="34"/>
        <source>Select a photo first (in the photo panel).</source>
        <translation>Hãy chọn một ảnh trước (trong khung Ảnh bên phải).</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="89"/>
        <source>Rotate photo &amp;left</source>
        <translation>Xoay ảnh sang &amp;trái</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="89"/>
        <source>Rotate the selected photo 90° to the left</source>
        <translation>Xoay ảnh đang chọn 90° sang trái</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="90"/>
        <source>Rotate photo &amp;right</source>
        <translation>Xoay ảnh sang &amp;phải</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="90"/>
        <source>Rotate the selected photo 90° to the right</source>
        <translation>Xoay ảnh đang chọn 90° sang phải</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="91"/>
        <source>&amp;Crop photo…</source>
        <translation>&amp;Cắt ảnh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="91"/>
        <source>Crop the selected photo to a free frame or to 3:2, 4:3, 16:9 or 1:1</source>
        <translation>Cắt ảnh đang chọn theo khung tự do hoặc tỉ lệ 3:2, 4:3, 16:9, 1:1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="91"/>
        <source>Crop…</source>
        <translation>Cắt ảnh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="92"/>
        <source>Restore the &amp;original photo</source>
        <translation>Khôi phục ảnh &amp;gốc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="92"/>
        <source>Undo every crop and rotation of the selected photo</source>
        <translation>Bỏ mọi lần cắt và xoay của ảnh đang chọn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="92"/>
        <source>Original</source>
        <translation>Ảnh gốc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_tools.py" line="96"/>
        <source>&amp;Edit photo</source>
        <translation>&amp;Chỉnh ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="108"/>
        <source>Insert &amp;table…</source>
        <translation>Chèn &amp;bảng…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="108"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="146"/>
        <source>Ta&amp;ble</source>
        <translation>&amp;Sửa bảng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="109"/>
        <source>Insert row &amp;above</source>
        <translation>Chèn hàng ở &amp;trên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="91"/>
        <source>Find artic&amp;les</source>
        <translation>Tìm &amp;bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="110"/>
        <source>Insert row &amp;below</source>
        <translation>Chèn hàng ở dướ&amp;i</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="111"/>
        <source>Insert column &amp;left</source>
        <translation>Chèn cột bên t&amp;rái</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="112"/>
        <source>Insert column ri&amp;ght</source>
        <translation>Chèn cột bên &amp;phải</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="113"/>
        <source>Delete r&amp;ow</source>
        <translation>Xoá hà&amp;ng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="114"/>
        <source>Delete colu&amp;mn</source>
        <translation>&amp;Xoá cột</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="115"/>
        <source>&amp;Delete table</source>
        <translation>Xoá &amp;bảng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="116"/>
        <source>&amp;Heading row</source>
        <translation>Hàn&amp;g tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="93"/>
        <source>&amp;Find in the article…</source>
        <translation>&amp;Tìm trong bài…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="94"/>
        <source>R&amp;eplace…</source>
        <translation>Th&amp;ay thế…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="95"/>
        <source>Find &amp;next</source>
        <translation>Tìm t&amp;iếp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="96"/>
        <source>Find pre&amp;vious</source>
        <translation>Tìm &amp;ngược lại</translation>
    </message>
</context>
<context>
    <name>OfficeWordsDialog</name>
    <message>
        <location filename="../../deskeditor/gui/office_words_dialog.py" line="33"/>
        <source>Office dictionary</source>
        <translation>Từ điển cơ quan</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/office_words_dialog.py" line="36"/>
        <source>&amp;Remove word</source>
        <translation>&amp;Xoá từ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/office_words_dialog.py" line="47"/>
        <source>Words the spell checker accepts in every article of this store:</source>
        <translation>Những từ được coi là đúng chính tả trong mọi bài của kho này:</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="63"/>
        <source>Page header</source>
        <translation>Đầu trang</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="185"/>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="66"/>
        <source>Organisation name:</source>
        <translation>Tên ở đầu trang:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="67"/>
        <source>e.g. TRANG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH LẠNG SƠN</source>
        <translation>VD: TRANG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH LẠNG SƠN</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="70"/>
        <source>Sign-off document</source>
        <translation>Phiếu duyệt tin, bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="72"/>
        <source>Governing body:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="72"/>
        <source>e.g. UBND TỈNH LẠNG SƠN</source>
        <translation>VD: UBND TỈNH LẠNG SƠN</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="181"/>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="74"/>
        <source>Agency name:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="74"/>
        <source>e.g. SỞ NỘI VỤ</source>
        <translation>VD: SỞ NỘI VỤ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="182"/>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="75"/>
        <source>Place name for dates:</source>
        <translation>Địa danh ghi ngày tháng:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="75"/>
        <source>e.g. Lạng Sơn</source>
        <translation>VD: Lạng Sơn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="79"/>
        <source>Approver&apos;s name:</source>
        <translation>Họ tên người duyệt:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="79"/>
        <source>e.g. Nguyễn Văn An</source>
        <translation>VD: Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="82"/>
        <source>Approver&apos;s position:</source>
        <translation>Chức vụ người duyệt:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="83"/>
        <source>e.g. Trưởng Ban biên tập</source>
        <translation>VD: Trưởng Ban biên tập</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="85"/>
        <source>Contact details (page footer)</source>
        <translation>Thông tin liên hệ (chân trang)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="186"/>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="87"/>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="87"/>
        <source>e.g. Số 2 đường Hùng Vương, TP. Lạng Sơn</source>
        <translation>VD: Số 2 đường Hùng Vương, TP. Lạng Sơn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="89"/>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="89"/>
        <source>e.g. 0205 3812 345</source>
        <translation>VD: 0205 3812 345</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="90"/>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="90"/>
        <source>e.g. 0205 3812 346</source>
        <translation>VD: 0205 3812 346</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="91"/>
        <source>Email:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="91"/>
        <source>e.g. sonoivu@langson.gov.vn</source>
        <translation>VD: sonoivu@langson.gov.vn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="92"/>
        <source>Website:</source>
        <translation>Trang web:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="92"/>
        <source>e.g. https://sonoivu.langson.gov.vn</source>
        <translation>VD: https://sonoivu.langson.gov.vn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="99"/>
        <source>Choose an image…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="100"/>
        <source>No logo</source>
        <translation>Bỏ logo</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="108"/>
        <source>Logo (optional):</source>
        <translation>Logo (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="122"/>
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="131"/>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="139"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="131"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="174"/>
        <source>Dates will read: %1</source>
        <translation>Ngày tháng sẽ ghi: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="193"/>
        <source>Site profile</source>
        <translation>Thông tin cơ quan</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="27"/>
        <source>Category: %1</source>
        <translation>Chuyên mục: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="28"/>
        <source>Date: %1</source>
        <translation>Ngày đăng: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="29"/>
        <source>alt text: %1</source>
        <translation>mô tả ảnh: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="30"/>
        <source>Author: %1</source>
        <translation>Tác giả: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="31"/>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="32"/>
        <source>Keywords: %1</source>
        <translation>Từ khoá: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="84"/>
        <source>Recover unsaved work</source>
        <translation>Khôi phục nội dung chưa lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="88"/>
        <source>The program stopped before these changes were saved (kept at %1). Restore them?</source>
        <translation>Chương trình đã dừng trước khi các thay đổi này được lưu (giữ lúc %1). Khôi phục lại không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="95"/>
        <source>(a new article that was never saved)</source>
        <translation>(bài mới, chưa từng được lưu)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="98"/>
        <source>Recovered</source>
        <translation>Nội dung khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="99"/>
        <source>It would replace (last saved)</source>
        <translation>Sẽ thay cho (bản lưu gần nhất)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="105"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="106"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="33"/>
        <source>Table: %1</source>
        <translation>Bảng: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="211"/>
        <source>Site profile and categories</source>
        <translation>Thông tin cơ quan và chuyên mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="220"/>
        <source>Site profile</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="221"/>
        <source>Categories</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="259"/>
        <source>Settings not saved</source>
        <translation>Chưa lưu được thiết lập</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <location filename="../../deskeditor/gui/settings_menu.py" line="15"/>
        <source>&amp;Link list…</source>
        <translation>Danh sách &amp;liên kết…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_menu.py" line="16"/>
        <source>Site &amp;profile and categories…</source>
        <translation>&amp;Thông tin cơ quan và chuyên mục…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../deskeditor/gui/help_window.py" line="198"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <location filename="../../deskeditor/gui/spelling.py" line="56"/>
        <source>Check &amp;spelling</source>
        <translation>&amp;Kiểm tra chính tả</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/spelling.py" line="183"/>
        <source>Spelling</source>
        <translation>Chính tả</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/spelling.py" line="242"/>
        <source>(no suggestions)</source>
        <translation>(không có gợi ý)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/spelling.py" line="246"/>
        <source>Add to the office dictionary</source>
        <translation>Thêm vào từ điển cơ quan</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/spelling.py" line="251"/>
        <source>Ignore in this article</source>
        <translation>Bỏ qua trong bài này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/spelling.py" line="65"/>
        <source>Office &amp;dictionary…</source>
        <translation>Từ điển &amp;cơ quan…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="178"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="179"/>
        <source>Submitted</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="180"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="181"/>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="182"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="176"/>
        <source>Insert table</source>
        <translation>Chèn bảng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="183"/>
        <source>First row is a heading row</source>
        <translation>Hàng đầu là hàng tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="186"/>
        <source>e.g. Results by district</source>
        <translation>VD: Kết quả theo huyện</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="189"/>
        <source>Rows:</source>
        <translation>Số hàng:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="190"/>
        <source>Columns:</source>
        <translation>Số cột:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="192"/>
        <source>Caption:</source>
        <translation>Tên bảng:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="195"/>
        <source>Tab moves to the next cell, Shift+Tab back; Tab in the last cell adds a row. The caption is the line above the table.</source>
        <translation>Tab chuyển sang ô kế tiếp, Shift+Tab quay lại; Tab ở ô cuối cùng thêm một hàng. Tên bảng là dòng ngay trên bảng.</translation>
    </message>
</context>
</TS>
