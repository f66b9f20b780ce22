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
        <location filename="../../deskeditor/gui/article_editor.py" line="183"/>
        <source>Title of the article</source>
        <translation>Tiêu đề bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="197"/>
        <source>Lead: a short paragraph shown in bold under the title</source>
        <translation>Sapo: đoạn ngắn in đậm dưới tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="202"/>
        <source>Missing alt text — double-click to add</source>
        <translation>Thiếu mô tả ảnh (alt) — nhấp đúp để thêm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="205"/>
        <source>Write the article here…</source>
        <translation>Viết nội dung bài tại đây…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="209"/>
        <source>e.g. Office of the Department</source>
        <translation>VD: Văn phòng Sở</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="211"/>
        <source>e.g. Source: baolangson.vn</source>
        <translation>VD: Nguồn: baolangson.vn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="213"/>
        <source>Keywords, separated by commas</source>
        <translation>Từ khoá, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="222"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="225"/>
        <source>Date:</source>
        <translation>Ngày đăng:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="229"/>
        <source>Category:</source>
        <translation>Chuyên mục:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="230"/>
        <source>Lead:</source>
        <translation>Sapo:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="234"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="236"/>
        <source>Author:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="239"/>
        <source>Tags:</source>
        <translation>Từ khoá:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="241"/>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="309"/>
        <source>Returned by the editorial board: %1</source>
        <translation>Ban biên tập trả lại: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="419"/>
        <source>Not a date: type dd/mm/yyyy hh:mm</source>
        <translation>Ngày không hợp lệ: gõ theo dạng dd/mm/yyyy hh:mm</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="36"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="37"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="38"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="39"/>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="40"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="71"/>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="72"/>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="73"/>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="74"/>
        <source>Manual</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="75"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="82"/>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="86"/>
        <source>Change folder…</source>
        <translation>Đổi thư mục…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="90"/>
        <source>Made at</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="90"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="90"/>
        <source>Articles</source>
        <translation>Số bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="90"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="97"/>
        <source>Restore this backup…</source>
        <translation>Khôi phục bản sao lưu này…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="101"/>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="106"/>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="119"/>
        <source>A copy is made automatically once a day when the program starts; the last 7 daily and 4 weekly copies are kept. Restoring keeps a copy of the current data.</source>
        <translation>Mỗi ngày chương trình tự sao lưu một lần khi khởi động; giữ 7 bản hằng ngày và 4 bản hằng tuần gần nhất. Khi khôi phục, dữ liệu hiện tại cũng được giữ lại một bản.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="144"/>
        <source>damaged: %1</source>
        <translation>bị hỏng: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="165"/>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="180"/>
        <source>Backup failed</source>
        <translation>Sao lưu thất bại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="200"/>
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="200"/>
        <source>This backup is damaged.</source>
        <translation>Bản sao lưu này bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="204"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="206"/>
        <source>Replace all current data with the backup of %1 (%2 articles)? A copy of the current data is kept in the backup folder.</source>
        <translation>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc %1 (%2 bài)? Dữ liệu hiện tại sẽ được giữ một bản trong thư mục sao lưu.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="222"/>
        <source>Restore failed</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="232"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="233"/>
        <source>The backup was restored. The data it replaced is kept in %1.</source>
        <translation>Đã khôi phục bản sao lưu. Dữ liệu trước đó được giữ tại %1.</translation>
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
        <location filename="../../deskeditor/gui/crop_dialog.py" line="447"/>
        <source>The frame must stay inside the picture.</source>
        <translation>Khung cắt phải nằm trong ảnh.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="450"/>
        <source>The frame is too small: at least %1 pixels each way.</source>
        <translation>Khung cắt quá nhỏ: mỗi chiều ít nhất %1 điểm ảnh.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="453"/>
        <source>The frame is too long and thin for a photo.</source>
        <translation>Khung cắt quá dài và hẹp, không còn là một bức ảnh.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="456"/>
        <source>The frame does not have the chosen ratio.</source>
        <translation>Khung cắt không đúng tỉ lệ đã chọn.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/crop_dialog.py" line="462"/>
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
        <location filename="../../deskeditor/gui/date_field.py" line="39"/>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/date_field.py" line="47"/>
        <source>Pick the date on a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/date_field.py" line="91"/>
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
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="59"/>
        <source>Approve for publication</source>
        <translation>Đồng ý đăng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="60"/>
        <source>Return for changes</source>
        <translation>Sửa lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="61"/>
        <source>Do not publish</source>
        <translation>Không đăng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="71"/>
        <source>Approver:</source>
        <translation>Người duyệt:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="72"/>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="76"/>
        <source>Decision:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="77"/>
        <source>Comment:</source>
        <translation>Ý kiến:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="99"/>
        <source>Enter the approver&apos;s name.</source>
        <translation>Hãy nhập họ tên người duyệt.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/workflow_dialogs.py" line="103"/>
        <source>Say what must change: the comment is shown to the author.</source>
        <translation>Hãy ghi rõ cần sửa gì: ý kiến sẽ hiển thị cho tác giả.</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="133"/>
        <source>the file is open in another program; close it there and try again</source>
        <translation>tệp đang được mở trong chương trình khác; hãy đóng tệp ở đó rồi thử lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="18"/>
        <source>not an image file</source>
        <translation>không phải tệp ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="19"/>
        <source>the image is truncated or damaged</source>
        <translation>ảnh bị cắt cụt hoặc hỏng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="20"/>
        <location filename="../../deskeditor/gui/error_text.py" line="108"/>
        <source>the file is empty</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="21"/>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="22"/>
        <source>this is a folder, not a file</source>
        <translation>đây là thư mục, không phải tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="23"/>
        <source>the file cannot be read (permission denied)</source>
        <translation>không đọc được tệp (không có quyền truy cập)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="24"/>
        <source>the file cannot be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="25"/>
        <source>the image is too large to process in memory</source>
        <translation>ảnh quá lớn, không đủ bộ nhớ để xử lý</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="26"/>
        <source>the image is too large</source>
        <translation>ảnh quá lớn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="27"/>
        <source>the image is too long and thin</source>
        <translation>ảnh quá dài và hẹp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="28"/>
        <source>is not supported</source>
        <translation>không được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="29"/>
        <source>the HEIC format needs the pillow-heif package</source>
        <translation>định dạng HEIC cần gói pillow-heif</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="32"/>
        <source>only http and https addresses can be linked</source>
        <translation>chỉ liên kết được tới địa chỉ http và https</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="33"/>
        <source>only http, https and mailto links are allowed</source>
        <translation>chỉ cho phép liên kết http, https và mailto</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="34"/>
        <source>the address has no host name</source>
        <translation>địa chỉ không có tên miền</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="35"/>
        <source>the address is empty</source>
        <translation>địa chỉ đang trống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="36"/>
        <source>the address contains spaces</source>
        <translation>địa chỉ có chứa dấu cách</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="37"/>
        <source>the address must not contain a user name or password</source>
        <translation>địa chỉ không được chứa tên đăng nhập hay mật khẩu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="38"/>
        <source>the host name or port of the address is not valid</source>
        <translation>tên miền hoặc cổng của địa chỉ không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="39"/>
        <source>the port number is not valid</source>
        <translation>số cổng không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="40"/>
        <source>the address contains a character that is not allowed</source>
        <translation>địa chỉ có ký tự không được phép</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="41"/>
        <source>is not an e-mail address</source>
        <translation>không phải địa chỉ thư điện tử</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="42"/>
        <source>is an IP address; link to the site&apos;s domain name instead</source>
        <translation>là địa chỉ IP; hãy liên kết tới tên miền của trang</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="43"/>
        <source>is this computer (localhost); readers cannot open it</source>
        <translation>là chính máy tính này (localhost); người đọc không mở được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="44"/>
        <source>has characters a domain name cannot have</source>
        <translation>có ký tự mà tên miền không được có</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="45"/>
        <source>has no domain ending such as .vn</source>
        <translation>thiếu phần đuôi tên miền như .vn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="46"/>
        <source>the host name</source>
        <translation>tên máy chủ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="47"/>
        <source>the mailto link has no address</source>
        <translation>liên kết mailto không có địa chỉ thư</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="49"/>
        <source>every photo needs alt text (a description) before export</source>
        <translation>mọi ảnh đều cần mô tả (alt) trước khi xuất bản</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="50"/>
        <source>the photo is not in the store</source>
        <translation>ảnh không có trong kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="51"/>
        <source>already exists; choose another name or allow overwriting</source>
        <translation>đã có; hãy chọn tên khác hoặc cho phép ghi đè</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="52"/>
        <source>holds files of its own; choose an empty folder</source>
        <translation>đang chứa tệp khác; hãy chọn một thư mục trống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="53"/>
        <source>No space left on device</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="54"/>
        <source>Permission denied</source>
        <translation>không có quyền ghi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="55"/>
        <source>nothing was changed</source>
        <translation>chưa có gì bị thay đổi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="66"/>
        <source>cannot write in</source>
        <translation>không ghi được vào</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="67"/>
        <source>cannot write</source>
        <translation>không ghi được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="68"/>
        <source>does not exist</source>
        <translation>không tồn tại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="70"/>
        <source>only a draft or a returned article can be submitted</source>
        <translation>chỉ bài nháp hoặc bài bị trả lại mới gửi duyệt được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="71"/>
        <source>only a submitted article can be approved</source>
        <translation>chỉ bài đang chờ duyệt mới duyệt được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="72"/>
        <source>only a submitted article can be sent back for changes</source>
        <translation>chỉ bài đang chờ duyệt mới trả lại để sửa được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="73"/>
        <source>only a submitted article can be rejected</source>
        <translation>chỉ bài đang chờ duyệt mới từ chối được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="74"/>
        <source>only an approved article can be published</source>
        <translation>chỉ bài đã duyệt mới đánh dấu đã đăng được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="75"/>
        <source>this one is a draft</source>
        <translation>bài này đang là bản nháp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="76"/>
        <source>this one is submitted and waiting for a decision</source>
        <translation>bài này đang chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="77"/>
        <source>this one is approved</source>
        <translation>bài này đã được duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="78"/>
        <source>this one is published</source>
        <translation>bài này đã đăng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="79"/>
        <source>this one is returned to its author</source>
        <translation>bài này đã bị trả lại cho tác giả</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="80"/>
        <source>the approver&apos;s name is needed to record a decision</source>
        <translation>cần họ tên người duyệt để ghi ý kiến duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="81"/>
        <source>print the current version for sign-off</source>
        <translation>hãy in bản hiện tại để trình duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="82"/>
        <source>which was never approved</source>
        <translation>bản này chưa từng được duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="83"/>
        <source>matches no revision in this store</source>
        <translation>không khớp phiên bản nào trong kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="85"/>
        <source>this HTML page carries the version code</source>
        <translation>trang HTML này mang mã phiên bản</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="86"/>
        <source>this CMS fragment carries the version code</source>
        <translation>đoạn HTML cho CMS này mang mã phiên bản</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="87"/>
        <source>this Word document carries the version code</source>
        <translation>tài liệu Word này mang mã phiên bản</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="88"/>
        <source>but its content is not that revision&apos;s (approved / this file)</source>
        <translation>nhưng nội dung không phải của phiên bản đó (bản đã duyệt / tệp này)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="91"/>
        <source>text differs</source>
        <translation>chữ khác nhau</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="92"/>
        <source>the picture is not the approved one</source>
        <translation>ảnh không phải ảnh đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="93"/>
        <source>missing from this file</source>
        <translation>không có trong tệp này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="94"/>
        <source>alt text differs</source>
        <translation>mô tả ảnh (alt) khác nhau</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="95"/>
        <source>link differs at</source>
        <translation>liên kết khác nhau ở</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="96"/>
        <source>in the approved text</source>
        <translation>trong bản đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="97"/>
        <source>carries two version codes</source>
        <translation>mang hai mã phiên bản khác nhau</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="98"/>
        <source>it has been altered</source>
        <translation>tệp đã bị sửa</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="99"/>
        <source>holds no deskeditor version code</source>
        <translation>không mang mã phiên bản của deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="100"/>
        <source>give an HTML or Word export of this program</source>
        <translation>hãy chọn một bản HTML hoặc Word xuất từ chương trình này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="101"/>
        <source>the approval by</source>
        <translation>phê duyệt của</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="102"/>
        <source>was for version</source>
        <translation>dành cho phiên bản</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="103"/>
        <source>this content is</source>
        <translation>nội dung này là</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="104"/>
        <source>so it is imported as a draft</source>
        <translation>nên bài được nhập ở dạng nháp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="106"/>
        <source>there is no store at</source>
        <translation>không có kho dữ liệu nào tại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="107"/>
        <source>is not a deskeditor store</source>
        <translation>không phải kho dữ liệu của deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="109"/>
        <source>comes from a newer version of deskeditor</source>
        <translation>được tạo bởi một phiên bản deskeditor mới hơn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="110"/>
        <source>this version can only read it</source>
        <translation>phiên bản này chỉ có thể đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="111"/>
        <source>was made by an older version of deskeditor and needs upgrading</source>
        <translation>được tạo bởi một phiên bản deskeditor cũ hơn và cần được nâng cấp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="114"/>
        <source>before this can be read; open it once for writing</source>
        <translation>trước khi có thể đọc; hãy mở một lần ở chế độ ghi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="115"/>
        <source>is open read-only</source>
        <translation>đang mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="116"/>
        <source>the file is read-only</source>
        <translation>tệp chỉ cho phép đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="117"/>
        <source>it can be read but not changed</source>
        <translation>có thể đọc nhưng không thể thay đổi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="119"/>
        <source>the store</source>
        <translation>kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="120"/>
        <source>is in use by</source>
        <translation>đang được sử dụng bởi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="121"/>
        <source>close it there, or open the store read-only</source>
        <translation>hãy đóng chương trình ở đó, hoặc mở kho dữ liệu ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="122"/>
        <source>is not a deskeditor store or is damaged</source>
        <translation>không phải kho dữ liệu deskeditor hoặc đã bị hỏng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="123"/>
        <source>is on a network drive</source>
        <translation>nằm trên ổ mạng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="124"/>
        <source>SQLite&apos;s locking is not reliable there and two computers writing at once can damage it; keep the store on this computer&apos;s disk</source>
        <translation>cơ chế khoá của SQLite không tin cậy trên ổ mạng, hai máy cùng ghi có thể làm hỏng dữ liệu; hãy để kho dữ liệu trên ổ đĩa của máy này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="129"/>
        <source>there is already a category named</source>
        <translation>đã có chuyên mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="130"/>
        <source>is not a deskeditor backup</source>
        <translation>không phải bản sao lưu deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="118"/>
        <location filename="../../deskeditor/gui/error_text.py" line="131"/>
        <source>is damaged</source>
        <translation>bị hỏng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="30"/>
        <source>this is not a regular file (a device or a pipe)</source>
        <translation>đây không phải tệp thông thường (mà là thiết bị hoặc đường ống)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="58"/>
        <source>is outside the JSON file&apos;s folder; only files in that folder or below it are read unless allowed (import --allow-outside-photos)</source>
        <translation>nằm ngoài thư mục của tệp JSON; chỉ đọc các tệp trong thư mục đó hoặc thư mục con của nó, trừ khi được cho phép (import --allow-outside-photos)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="63"/>
        <source>the file name contains a control character</source>
        <translation>tên tệp chứa ký tự điều khiển</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="57"/>
        <source>is named twice in the same export</source>
        <translation>được chọn hai lần trong cùng một lần xuất</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="56"/>
        <source>nothing was written</source>
        <translation>không có tệp nào được ghi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="64"/>
        <source>too many runs</source>
        <translation>quá nhiều đoạn chữ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/error_text.py" line="65"/>
        <source>too many items</source>
        <translation>quá nhiều mục</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="108"/>
        <source>Photo caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="110"/>
        <source>e.g. Delegates at the conference</source>
        <translation>VD: Các đại biểu dự Hội nghị</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="112"/>
        <source>e.g. Photo: Trần Văn Ba</source>
        <translation>VD: Ảnh: Trần Văn Ba</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="115"/>
        <source>What the picture shows, for readers who cannot see it</source>
        <translation>Ảnh thể hiện gì, dành cho người không nhìn thấy ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="120"/>
        <source>Caption:</source>
        <translation>Chú thích:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="121"/>
        <source>Credit:</source>
        <translation>Nguồn ảnh:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="122"/>
        <source>Alt text:</source>
        <translation>Mô tả ảnh (alt):</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="124"/>
        <source>The caption is for every reader; the alt text describes the picture.</source>
        <translation>Chú thích dành cho mọi người đọc; mô tả ảnh (alt) nói ảnh thể hiện gì.</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="93"/>
        <source>Photos</source>
        <translation>Ảnh trong bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="98"/>
        <source>Caption…</source>
        <translation>Chú thích…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="99"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="100"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="101"/>
        <source>Replace…</source>
        <translation>Thay ảnh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="102"/>
        <source>Remove</source>
        <translation>Xoá ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="129"/>
        <source>(no caption)</source>
        <translation>(chưa có chú thích)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="137"/>
        <source>Missing alt text</source>
        <translation>Thiếu mô tả ảnh (alt)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="140"/>
        <source>Missing credit</source>
        <translation>Thiếu nguồn ảnh</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/article_editor.py" line="151"/>
        <source>%n photo(s) without alt text: required before export.</source>
        <translation>
            <numerusform>%n ảnh chưa có mô tả (alt): cần có trước khi xuất bản.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/article_editor.py" line="155"/>
        <source>%n photo(s) without credit: say whose picture it is.</source>
        <translation>
            <numerusform>%n ảnh chưa có nguồn ảnh: hãy ghi ảnh của ai.</numerusform>
        </translation>
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
        <location filename="../../deskeditor/gui/history.py" line="172"/>
        <source>Revision %1 compared with revision %2</source>
        <translation>Phiên bản %1 so với phiên bản %2</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="176"/>
        <source>Revision %1 (the first)</source>
        <translation>Phiên bản %1 (đầu tiên)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="188"/>
        <source>Restore failed</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="193"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="194"/>
        <source>The revision was restored as a new revision (version %1).</source>
        <translation>Đã khôi phục thành một phiên bản mới (mã %1).</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="50"/>
        <source>Insert link</source>
        <translation>Chèn liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="59"/>
        <source>Address (http, https or mailto):</source>
        <translation>Địa chỉ (http, https hoặc mailto):</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="74"/>
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
    <name>LinkManagerDialog</name>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="115"/>
        <source>Link list</source>
        <translation>Danh sách liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="147"/>
        <source>Drag to reorder, or use Ctrl+Up and Ctrl+Down. Space hides or shows.</source>
        <translation>Kéo thả để đổi thứ tự, hoặc dùng Ctrl+↑ và Ctrl+↓. Phím cách (Space) để ẩn hoặc hiện.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="169"/>
        <source>Add group…</source>
        <translation>Thêm nhóm…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="170"/>
        <source>Add link…</source>
        <translation>Thêm liên kết…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="172"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="175"/>
        <source>Remove</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="178"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="181"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="184"/>
        <source>Move to group…</source>
        <translation>Chuyển sang nhóm…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="187"/>
        <source>Hide / show</source>
        <translation>Ẩn / hiện</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="189"/>
        <location filename="../../deskeditor/gui/links_manager.py" line="541"/>
        <source>Sort A–Z</source>
        <translation>Sắp xếp theo ABC</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="190"/>
        <source>Sort the links of the group in Vietnamese order</source>
        <translation>Sắp xếp các liên kết trong nhóm theo thứ tự chữ cái tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="191"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="193"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="203"/>
        <source>Import CSV…</source>
        <translation>Nhập từ CSV…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="204"/>
        <source>Export CSV…</source>
        <translation>Xuất ra CSV…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="205"/>
        <source>Export HTML snippet…</source>
        <translation>Xuất đoạn HTML…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="206"/>
        <source>Copy HTML snippet</source>
        <translation>Sao chép đoạn HTML</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/links_manager.py" line="297"/>
        <source>%n link(s) repeat an address already in their group.</source>
        <translation>
            <numerusform>Có %n liên kết trùng địa chỉ với một liên kết khác trong cùng nhóm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="334"/>
        <source>This change cannot be made: %1</source>
        <translation>Không thực hiện được thay đổi này: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="350"/>
        <location filename="../../deskeditor/gui/links_manager.py" line="356"/>
        <source>Add group</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="350"/>
        <source>Name of the new group:</source>
        <translation>Tên nhóm mới:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="368"/>
        <source>Add link to “%1”</source>
        <translation>Thêm liên kết vào nhóm “%1”</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="372"/>
        <source>Add link</source>
        <translation>Thêm liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="386"/>
        <location filename="../../deskeditor/gui/links_manager.py" line="390"/>
        <source>Rename group</source>
        <translation>Đổi tên nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="386"/>
        <source>New name of the group:</source>
        <translation>Tên mới của nhóm:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="398"/>
        <location filename="../../deskeditor/gui/links_manager.py" line="409"/>
        <source>Edit link</source>
        <translation>Sửa liên kết</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/links_manager.py" line="424"/>
        <source>The group “%1” holds %n link(s). Remove the group with its links?</source>
        <translation>
            <numerusform>Nhóm “%1” có %n liên kết. Xoá nhóm cùng các liên kết này?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="429"/>
        <location filename="../../deskeditor/gui/links_manager.py" line="434"/>
        <source>Remove group</source>
        <translation>Xoá nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="441"/>
        <source>Remove link</source>
        <translation>Xoá liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="458"/>
        <source>Move group</source>
        <translation>Di chuyển nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="466"/>
        <source>Move link</source>
        <translation>Di chuyển liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="498"/>
        <source>Move to group</source>
        <translation>Chuyển sang nhóm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="499"/>
        <source>Move “%1” to the group:</source>
        <translation>Chuyển “%1” sang nhóm:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="512"/>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="512"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="537"/>
        <source>The group is already in alphabetical order.</source>
        <translation>Nhóm đã được sắp xếp theo ABC.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="558"/>
        <source>Import CSV</source>
        <translation>Nhập từ CSV</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="560"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/links_manager.py" line="586"/>
        <source>Imported %n link(s) in %1 group(s).</source>
        <translation>
            <numerusform>Đã nhập %n liên kết trong %1 nhóm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/links_manager.py" line="590"/>
        <source>%n bad row(s) skipped.</source>
        <translation>
            <numerusform>Đã bỏ qua %n dòng lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="593"/>
        <source>“https://” was added on line(s) %1.</source>
        <translation>Đã thêm “https://” ở dòng %1.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="595"/>
        <source>Undo (Ctrl+Z) brings the previous list back.</source>
        <translation>Bấm Hoàn tác (Ctrl+Z) để lấy lại danh sách trước đó.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="600"/>
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, phân cách bằng dấu phẩy (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="601"/>
        <source>CSV for Excel, separated by ; (*.csv)</source>
        <translation>CSV cho Excel, phân cách bằng dấu chấm phẩy (*.csv)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="604"/>
        <source>Export CSV</source>
        <translation>Xuất ra CSV</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="620"/>
        <source>Export HTML snippet</source>
        <translation>Xuất đoạn HTML</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="622"/>
        <source>HTML files (*.html *.htm)</source>
        <translation>Tệp HTML (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="635"/>
        <source>The HTML snippet is on the clipboard.</source>
        <translation>Đã sao chép đoạn HTML vào bộ nhớ tạm.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="641"/>
        <source>Nothing to export: no visible group has a visible link.</source>
        <translation>Không có gì để xuất: không nhóm nào đang hiện có liên kết đang hiện.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="651"/>
        <source>File not written</source>
        <translation>Không ghi được tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="653"/>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="662"/>
        <source>The link list was not saved</source>
        <translation>Chưa lưu được danh sách liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="673"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/links_manager.py" line="674"/>
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
        <location filename="../../deskeditor/gui/actions.py" line="68"/>
        <source>&amp;New article</source>
        <translation>Bài &amp;mới</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="70"/>
        <source>&amp;Import article (JSON)…</source>
        <translation>&amp;Nhập bài viết (JSON)…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="71"/>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử phiên bản…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="72"/>
        <source>&amp;Delete article…</source>
        <translation>&amp;Xoá bài viết…</translation>
    </message>
    <message>
        <source>&amp;Back up the store…</source>
        <translation type="vanished">&amp;Sao lưu dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="73"/>
        <source>&amp;Backups and restore…</source>
        <translation>&amp;Sao lưu và khôi phục…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="74"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="75"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="77"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="78"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="79"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="80"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="81"/>
        <source>&amp;Find articles</source>
        <translation>&amp;Tìm bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="82"/>
        <source>&amp;Bold</source>
        <translation>Chữ đậ&amp;m</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="83"/>
        <source>&amp;Italic</source>
        <translation>Chữ &amp;nghiêng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="84"/>
        <source>&amp;Underline</source>
        <translation>&amp;Gạch chân</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="85"/>
        <source>&amp;Paragraph</source>
        <translation>Đoạn &amp;văn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="86"/>
        <source>&amp;Heading</source>
        <translation>&amp;Tiêu đề mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="87"/>
        <source>&amp;Quote</source>
        <translation>&amp;Trích dẫn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="88"/>
        <source>B&amp;ulleted list</source>
        <translation>Danh sách &amp;dấu đầu dòng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="89"/>
        <source>&amp;Numbered list</source>
        <translation>Danh sách đánh &amp;số</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="90"/>
        <source>Insert &amp;link…</source>
        <translation>Chèn &amp;liên kết…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="91"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Bỏ liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="92"/>
        <source>Insert &amp;photo…</source>
        <translation>Chèn ả&amp;nh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="96"/>
        <source>&amp;About deskeditor</source>
        <translation>&amp;Giới thiệu deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="103"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="104"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="105"/>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="109"/>
        <source>&amp;Insert</source>
        <translation>&amp;Chèn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="110"/>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="111"/>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="113"/>
        <source>&amp;Language (after restart)</source>
        <translation>&amp;Ngôn ngữ (áp dụng khi mở lại)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="95"/>
        <source>Web page &amp;templates folder…</source>
        <translation>Thư mục &amp;mẫu trang web…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="116"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="119"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="86"/>
        <source>Heading</source>
        <translation>Tiêu đề mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="87"/>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="88"/>
        <location filename="../../deskeditor/gui/actions.py" line="89"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="90"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="92"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="451"/>
        <source>Word for sign-off</source>
        <translation>Xuất Word để duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="166"/>
        <location filename="../../deskeditor/gui/actions.py" line="201"/>
        <source>Import article</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="168"/>
        <source>Article JSON (*.json)</source>
        <translation>Bài viết JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="195"/>
        <source>Import failed</source>
        <translation>Nhập thất bại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="214"/>
        <source>Delete article</source>
        <translation>Xoá bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="215"/>
        <source>Delete this article with all its revisions? This cannot be undone.</source>
        <translation>Xoá bài viết này cùng mọi phiên bản? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="237"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="238"/>
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
        <location filename="../../deskeditor/gui/actions.py" line="261"/>
        <source>Web page templates</source>
        <translation>Mẫu trang web</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="263"/>
        <source>The HTML export uses the templates built into the program. A folder of your own may replace any of them (article.html.j2, fragment.html.j2, blocks.html.j2, links.html.j2, portal.css).</source>
        <translation>Khi xuất HTML, chương trình dùng các mẫu có sẵn. Có thể dùng một thư mục riêng để thay bất kỳ tệp mẫu nào (article.html.j2, fragment.html.j2, blocks.html.j2, links.html.j2, portal.css).</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="271"/>
        <source>Current folder: %1</source>
        <translation>Thư mục đang dùng: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="272"/>
        <source>(built-in templates)</source>
        <translation>(mẫu có sẵn)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="276"/>
        <source>Choose a folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="280"/>
        <source>Use the built-in templates</source>
        <translation>Dùng mẫu có sẵn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="287"/>
        <source>Templates folder</source>
        <translation>Thư mục mẫu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="300"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="301"/>
        <source>The new language will be used the next time the program starts.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="313"/>
        <source>About deskeditor</source>
        <translation>Giới thiệu deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="314"/>
        <source>deskeditor %1: news articles, photos and links for the department&apos;s portal.</source>
        <translation>deskeditor %1: soạn tin bài, ảnh và liên kết cho Trang thông tin điện tử của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="53"/>
        <source>Old Vietnamese encoding</source>
        <translation>Bảng mã tiếng Việt cũ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="55"/>
        <source>The pasted text looks like %1, from an old document. Convert it to Unicode?</source>
        <translation>Văn bản vừa dán có vẻ dùng bảng mã %1 của tài liệu cũ. Chuyển sang Unicode không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="61"/>
        <source>Pasted: %1

Converted: %2</source>
        <translation>Văn bản dán: %1

Sau khi chuyển: %2</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="66"/>
        <source>Convert to Unicode</source>
        <translation>Chuyển sang Unicode</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="70"/>
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
        <location filename="../../deskeditor/gui/main_window.py" line="163"/>
        <location filename="../../deskeditor/app.py" line="117"/>
        <source>Cannot open the store</source>
        <translation>Không mở được kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="89"/>
        <source>The store was moved from %1 to %2, a folder that is not copied with the roaming profile. Nothing else needs doing.</source>
        <translation>Kho dữ liệu đã được chuyển từ %1 sang %2, thư mục không bị sao chép theo hồ sơ người dùng chuyển vùng (roaming profile). Không cần làm gì thêm.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="94"/>
        <source>Store moved</source>
        <translation>Đã chuyển kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="97"/>
        <source>The store is still in %1 (the roaming profile) and is used there this time: it could not be moved to %2.

%3</source>
        <translation>Kho dữ liệu vẫn ở %1 (hồ sơ người dùng chuyển vùng) và lần này được dùng tại đó: không chuyển được sang %2.

%3</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="105"/>
        <source>Store not moved</source>
        <translation>Chưa chuyển được kho dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="186"/>
        <source>New article</source>
        <translation>Bài mới</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="190"/>
        <source> (read-only)</source>
        <translation> (chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/list_panel.py" line="83"/>
        <source>All categories</source>
        <translation>Mọi chuyên mục</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/main_window.py" line="213"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="281"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/main_window.py" line="290"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n từ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="298"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="315"/>
        <source>Autosave failed: %1</source>
        <translation>Tự động lưu thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="321"/>
        <source>Not saved (kept automatically at %1)</source>
        <translation>Chưa lưu (đã tự động giữ lúc %1)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="56"/>
        <location filename="../../deskeditor/gui/saving.py" line="27"/>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="57"/>
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
        <source>Edit an approved article?</source>
        <translation>Sửa bài đã duyệt?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="62"/>
        <source>This article was approved. Saving your changes makes a new draft revision and voids the approval: it must be submitted again.</source>
        <translation>Bài này đã được duyệt. Lưu thay đổi sẽ tạo một bản nháp mới và huỷ hiệu lực của lần duyệt: bài phải được gửi duyệt lại.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="335"/>
        <source>Save failed</source>
        <translation>Lưu thất bại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="345"/>
        <source>Saved — version %1</source>
        <translation>Đã lưu — mã phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="94"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/saving.py" line="95"/>
        <source>The article has changes that are not saved. Save them?</source>
        <translation>Bài viết có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="106"/>
        <source>Insert photos</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="97"/>
        <source>Images (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="121"/>
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="122"/>
        <source>Photos are still being imported.</source>
        <translation>Ảnh vẫn đang được nhập.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="127"/>
        <source>Importing photos…</source>
        <translation>Đang nhập ảnh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="39"/>
        <source>Save first</source>
        <translation>Cần lưu trước</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="40"/>
        <source>The article must be saved before this: the exported version is a saved revision. Save now?</source>
        <translation>Cần lưu bài trước: bản được xuất phải là một phiên bản đã lưu. Lưu ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="88"/>
        <source>Cannot submit</source>
        <translation>Không gửi duyệt được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="89"/>
        <source>Submitted for approval.</source>
        <translation>Đã gửi duyệt.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="126"/>
        <source>Decision not recorded</source>
        <translation>Chưa ghi được ý kiến duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="127"/>
        <source>Decision recorded.</source>
        <translation>Đã ghi ý kiến duyệt.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="143"/>
        <source>Cannot mark as published</source>
        <translation>Không đánh dấu đã đăng được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="144"/>
        <source>Marked as published.</source>
        <translation>Đã đánh dấu là đã đăng.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="159"/>
        <location filename="../../deskeditor/gui/article_actions.py" line="423"/>
        <source>Export finished</source>
        <translation>Xuất xong</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="160"/>
        <source>%1 was written to:
%2

Open it now?</source>
        <translation>%1 đã được ghi vào:
%2

Mở ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="182"/>
        <source>Export Word for sign-off</source>
        <translation>Xuất Word để duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="184"/>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="194"/>
        <location filename="../../deskeditor/gui/article_actions.py" line="255"/>
        <location filename="../../deskeditor/gui/article_actions.py" line="435"/>
        <source>Export failed</source>
        <translation>Xuất không thành công</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="198"/>
        <source>The Word document</source>
        <translation>Văn bản Word</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="221"/>
        <location filename="../../deskeditor/gui/article_actions.py" line="379"/>
        <source>Choose the folder to export into</source>
        <translation>Chọn thư mục để xuất vào</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="229"/>
        <source>Replace?</source>
        <translation>Ghi đè?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="229"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 đã có. Ghi đè lên không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="238"/>
        <source>Export a single web page</source>
        <translation>Xuất trang web (một tệp)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="240"/>
        <source>Export the body for the CMS</source>
        <translation>Xuất phần nội dung cho CMS</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="246"/>
        <source>Web page (*.html)</source>
        <translation>Trang web (*.html)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="258"/>
        <source>The web page</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="284"/>
        <source>Copy failed</source>
        <translation>Sao chép không thành công</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="292"/>
        <source>The HTML of the body, with its photos, is on the clipboard.</source>
        <translation>Đã sao chép HTML phần nội dung, kèm ảnh, vào bộ nhớ tạm.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="306"/>
        <source>Check an exported copy</source>
        <translation>Kiểm tra bản đã xuất</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="308"/>
        <source>Exports (*.docx *.html *.htm)</source>
        <translation>Bản xuất (*.docx *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="317"/>
        <source>Cannot check this file</source>
        <translation>Không kiểm tra được tệp này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="324"/>
        <source>Approved version</source>
        <translation>Đúng bản đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="326"/>
        <source>Not an approved version</source>
        <translation>Không phải bản đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="336"/>
        <location filename="../../deskeditor/gui/article_actions.py" line="368"/>
        <source>Export several articles</source>
        <translation>Xuất nhiều bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="338"/>
        <source>Web page folder for the portal</source>
        <translation>Thư mục trang web cho cổng thông tin</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="341"/>
        <source>Word document for sign-off</source>
        <translation>Văn bản Word để duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="349"/>
        <source>Export %1 selected article(s) as:</source>
        <translation>Xuất %1 bài đã chọn dưới dạng:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="369"/>
        <source>Select articles in the list first (Ctrl+click, Shift+click).</source>
        <translation>Hãy chọn bài trong danh sách trước (Ctrl+nhấp, Shift+nhấp).</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="394"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="395"/>
        <location filename="../../deskeditor/gui/photo_handling.py" line="128"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="410"/>
        <source>%1 of %2 article(s) exported to %3.</source>
        <translation>Đã xuất %1/%2 bài vào %3.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="418"/>
        <source>Export finished with problems</source>
        <translation>Xuất xong nhưng có lỗi</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="423"/>
        <source>Open the folder?</source>
        <translation>Mở thư mục?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="448"/>
        <source>&amp;Submit for approval</source>
        <translation>&amp;Gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="449"/>
        <source>Record the &amp;decision…</source>
        <translation>Ghi ý kiến &amp;duyệt…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="450"/>
        <source>Mark as &amp;published</source>
        <translation>Đánh dấu đã đă&amp;ng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="451"/>
        <source>E&amp;xport Word for sign-off…</source>
        <translation>&amp;Xuất Word để duyệt…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="452"/>
        <source>Export web page (&amp;folder)…</source>
        <translation>Xuất trang web (&amp;thư mục)…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="453"/>
        <source>Export web page (single &amp;file)…</source>
        <translation>Xuất trang web (&amp;một tệp)…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="454"/>
        <source>Export body for the &amp;CMS…</source>
        <translation>Xuất nội dung cho &amp;CMS…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="455"/>
        <source>Copy body &amp;HTML for the CMS</source>
        <translation>Sao chép &amp;HTML nội dung cho CMS</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="456"/>
        <source>Export selected articles…</source>
        <translation>Xuất các bài đã chọn…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_actions.py" line="457"/>
        <source>Check an exported &amp;copy…</source>
        <translation>&amp;Kiểm tra bản đã xuất…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="148"/>
        <source>Some files were not imported</source>
        <translation>Một số tệp không nhập được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="168"/>
        <source>Photo not stored</source>
        <translation>Không lưu được ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="181"/>
        <source>Photo: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/photo_handling.py" line="191"/>
        <source>Replace photo</source>
        <translation>Thay ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="61"/>
        <source>The store is in use</source>
        <translation>Kho dữ liệu đang được sử dụng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="62"/>
        <source>%1

Open it read-only, to read and export without changing it?</source>
        <translation>%1

Mở ở chế độ chỉ đọc để xem và xuất bài mà không thay đổi dữ liệu?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/app.py" line="130"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="57"/>
        <source>Automatic backup failed: %1</source>
        <translation>Tự động sao lưu thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/backups_dialog.py" line="50"/>
        <source>Today&apos;s backup: %1</source>
        <translation>Bản sao lưu hôm nay: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="179"/>
        <source>Photo outside the folder</source>
        <translation>Ảnh nằm ngoài thư mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="180"/>
        <source>This article uses a photo outside the folder of its JSON file:
%1

Import it anyway?</source>
        <translation>Bài viết này dùng một ảnh nằm ngoài thư mục của tệp JSON:
%1

Vẫn nhập bài?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/background.py" line="159"/>
        <source>The work failed</source>
        <translation>Công việc không thành công</translation>
    </message>
    <message>
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
        <translation>Chỉnh &amp;ảnh</translation>
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
        <location filename="../../deskeditor/gui/settings_dialog.py" line="90"/>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="91"/>
        <source>Email:</source>
        <translation>Thư điện tử:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/settings_dialog.py" line="92"/>
        <source>Website:</source>
        <translation>Trang web:</translation>
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
        <location filename="../../deskeditor/gui/recovery.py" line="26"/>
        <source>Category: %1</source>
        <translation>Chuyên mục: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="27"/>
        <source>Date: %1</source>
        <translation>Ngày đăng: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="28"/>
        <source>alt text: %1</source>
        <translation>mô tả ảnh: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="29"/>
        <source>Author: %1</source>
        <translation>Tác giả: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="30"/>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="31"/>
        <source>Keywords: %1</source>
        <translation>Từ khoá: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="78"/>
        <source>Recover unsaved work</source>
        <translation>Khôi phục nội dung chưa lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="82"/>
        <source>The program stopped before these changes were saved (kept at %1). Restore them?</source>
        <translation>Chương trình đã dừng trước khi các thay đổi này được lưu (giữ lúc %1). Khôi phục lại không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="89"/>
        <source>(a new article that was never saved)</source>
        <translation>(bài mới, chưa từng được lưu)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="92"/>
        <source>Recovered</source>
        <translation>Nội dung khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="93"/>
        <source>It would replace (last saved)</source>
        <translation>Sẽ thay cho (bản lưu gần nhất)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="99"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="100"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
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
    <name>Status</name>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="134"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="135"/>
        <source>Submitted</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="136"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="137"/>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="138"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
</context>
</TS>
