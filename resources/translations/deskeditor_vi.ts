<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="136"/>
        <source>Title of the article</source>
        <translation>Tiêu đề bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="148"/>
        <source>Lead: a short paragraph shown in bold under the title</source>
        <translation>Sapo: đoạn ngắn in đậm dưới tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="152"/>
        <source>Missing alt text — double-click to add</source>
        <translation>Thiếu mô tả ảnh (alt) — nhấp đúp để thêm</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="155"/>
        <source>Write the article here…</source>
        <translation>Viết nội dung bài tại đây…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="159"/>
        <source>e.g. Office of the Department</source>
        <translation>VD: Văn phòng Sở</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="161"/>
        <source>e.g. Source: baolangson.vn</source>
        <translation>VD: Nguồn: baolangson.vn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="163"/>
        <source>Keywords, separated by commas</source>
        <translation>Từ khoá, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="172"/>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="175"/>
        <source>Date:</source>
        <translation>Ngày đăng:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="179"/>
        <source>Category:</source>
        <translation>Chuyên mục:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="180"/>
        <source>Lead:</source>
        <translation>Sapo:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="184"/>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="186"/>
        <source>Author:</source>
        <translation>Tác giả:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="189"/>
        <source>Tags:</source>
        <translation>Từ khoá:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="191"/>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="248"/>
        <source>Returned by the editorial board: %1</source>
        <translation>Ban biên tập trả lại: %1</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="31"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="32"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="33"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="34"/>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="35"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="77"/>
        <source>Photo caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="79"/>
        <source>e.g. Delegates at the conference</source>
        <translation>VD: Các đại biểu dự Hội nghị</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="81"/>
        <source>e.g. Photo: Trần Văn Ba</source>
        <translation>VD: Ảnh: Trần Văn Ba</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="83"/>
        <source>What the picture shows, for readers who cannot see it</source>
        <translation>Ảnh thể hiện gì, dành cho người không nhìn thấy ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="87"/>
        <source>Caption:</source>
        <translation>Chú thích:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="88"/>
        <source>Credit:</source>
        <translation>Nguồn ảnh:</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="89"/>
        <source>Alt text:</source>
        <translation>Mô tả ảnh (alt):</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="90"/>
        <source>The caption is for every reader; the alt text describes the picture.</source>
        <translation>Chú thích dành cho mọi người đọc; mô tả ảnh (alt) nói ảnh thể hiện gì.</translation>
    </message>
</context>
<context>
    <name>FigurePanel</name>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="72"/>
        <source>Photos</source>
        <translation>Ảnh trong bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="77"/>
        <source>Caption…</source>
        <translation>Chú thích…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="78"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="79"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="80"/>
        <source>Replace…</source>
        <translation>Thay ảnh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="81"/>
        <source>Remove</source>
        <translation>Xoá ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="103"/>
        <source>(no caption)</source>
        <translation>(chưa có chú thích)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_editor.py" line="111"/>
        <source>Missing alt text</source>
        <translation>Thiếu mô tả ảnh (alt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/article_editor.py" line="116"/>
        <source>%n photo(s) without alt text: required before export.</source>
        <translation>
            <numerusform>%n ảnh chưa có mô tả (alt): cần có trước khi xuất bản.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="59"/>
        <source>History of the article</source>
        <translation>Lịch sử phiên bản của bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="65"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="65"/>
        <source>Saved at</source>
        <translation>Lưu lúc</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="65"/>
        <source>Version code</source>
        <translation>Mã phiên bản</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="65"/>
        <source>Status / approval</source>
        <translation>Trạng thái / duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="76"/>
        <source>approved by %1</source>
        <translation>%1 đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="77"/>
        <source>returned for changes by %1</source>
        <translation>%1 trả lại để sửa</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="78"/>
        <source>rejected by %1</source>
        <translation>%1 không duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="80"/>
        <source> (void)</source>
        <translation> (đã huỷ hiệu lực)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="88"/>
        <source>Select one revision to see what it changed, or two to compare them.</source>
        <translation>Chọn một phiên bản để xem thay đổi, hoặc hai phiên bản để so sánh.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="90"/>
        <source>Restore this revision</source>
        <translation>Khôi phục phiên bản này</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="136"/>
        <source>Revision %1 compared with revision %2</source>
        <translation>Phiên bản %1 so với phiên bản %2</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="140"/>
        <source>Revision %1 (the first)</source>
        <translation>Phiên bản %1 (đầu tiên)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="152"/>
        <source>Restore failed</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="157"/>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/history.py" line="158"/>
        <source>The revision was restored as a new revision (version %1).</source>
        <translation>Đã khôi phục thành một phiên bản mới (mã %1).</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="27"/>
        <source>Insert link</source>
        <translation>Chèn liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="40"/>
        <source>Address (http, https or mailto):</source>
        <translation>Địa chỉ (http, https hoặc mailto):</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/dialogs.py" line="58"/>
        <source>Only http, https and mailto addresses can be linked, for example https://example.gov.vn</source>
        <translation>Chỉ được liên kết tới địa chỉ http, https hoặc mailto, ví dụ https://example.gov.vn</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="49"/>
        <source>&amp;New article</source>
        <translation>Bài &amp;mới</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="51"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="53"/>
        <source>&amp;Import article (JSON)…</source>
        <translation>&amp;Nhập bài viết (JSON)…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="54"/>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử phiên bản…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="55"/>
        <source>&amp;Delete article…</source>
        <translation>&amp;Xoá bài viết…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="56"/>
        <source>&amp;Back up the store…</source>
        <translation>&amp;Sao lưu dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="57"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="59"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="61"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="63"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="64"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="65"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="66"/>
        <source>&amp;Find articles</source>
        <translation>&amp;Tìm bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="71"/>
        <source>&amp;Bold</source>
        <translation>Chữ đậ&amp;m</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="72"/>
        <source>&amp;Italic</source>
        <translation>Chữ &amp;nghiêng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="74"/>
        <source>&amp;Underline</source>
        <translation>&amp;Gạch chân</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="76"/>
        <source>&amp;Paragraph</source>
        <translation>Đoạn &amp;văn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="77"/>
        <source>&amp;Heading</source>
        <translation>&amp;Tiêu đề mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="78"/>
        <source>&amp;Quote</source>
        <translation>&amp;Trích dẫn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="79"/>
        <source>B&amp;ulleted list</source>
        <translation>Danh sách &amp;dấu đầu dòng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="80"/>
        <source>&amp;Numbered list</source>
        <translation>Danh sách đánh &amp;số</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="81"/>
        <source>Insert &amp;link…</source>
        <translation>Chèn &amp;liên kết…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="82"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Bỏ liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="83"/>
        <source>Insert &amp;photo…</source>
        <translation>Chèn ả&amp;nh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="103"/>
        <source>&amp;About deskeditor</source>
        <translation>&amp;Giới thiệu deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="106"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="109"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="112"/>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="115"/>
        <source>&amp;Insert</source>
        <translation>&amp;Chèn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="118"/>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="119"/>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="120"/>
        <source>&amp;Language (after restart)</source>
        <translation>&amp;Ngôn ngữ (áp dụng khi mở lại)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="124"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="127"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="134"/>
        <source>Heading</source>
        <translation>Tiêu đề mục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="134"/>
        <source>Quote</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="135"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="135"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="135"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="176"/>
        <source>Import article</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="176"/>
        <source>Article JSON (*.json)</source>
        <translation>Bài viết JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="182"/>
        <source>Import failed</source>
        <translation>Nhập thất bại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="195"/>
        <source>Delete article</source>
        <translation>Xoá bài viết</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="196"/>
        <source>Delete this article with all its revisions? This cannot be undone.</source>
        <translation>Xoá bài viết này cùng mọi phiên bản? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="214"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="214"/>
        <source>Save the article first.</source>
        <translation>Hãy lưu bài viết trước.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="229"/>
        <source>Back up the store</source>
        <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="229"/>
        <source>Store (*.db)</source>
        <translation>Tệp dữ liệu (*.db)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="236"/>
        <source>Backup failed</source>
        <translation>Sao lưu thất bại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="238"/>
        <source>Backup written to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="246"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="247"/>
        <source>The new language will be used the next time the program starts.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="257"/>
        <source>About deskeditor</source>
        <translation>Giới thiệu deskeditor</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/actions.py" line="258"/>
        <source>deskeditor %1: news articles, photos and links for the department&apos;s portal.</source>
        <translation>deskeditor %1: soạn tin bài, ảnh và liên kết cho Trang thông tin điện tử của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="47"/>
        <source>Old Vietnamese encoding</source>
        <translation>Bảng mã tiếng Việt cũ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="49"/>
        <source>The pasted text looks like %1, from an old document. Convert it to Unicode?</source>
        <translation>Văn bản vừa dán có vẻ dùng bảng mã %1 của tài liệu cũ. Chuyển sang Unicode không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="53"/>
        <source>Pasted: %1

Converted: %2</source>
        <translation>Văn bản dán: %1

Sau khi chuyển: %2</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="57"/>
        <source>Convert to Unicode</source>
        <translation>Chuyển sang Unicode</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/legacy_paste.py" line="58"/>
        <source>Paste as it is</source>
        <translation>Dán nguyên văn</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="49"/>
        <source>deskeditor — News articles</source>
        <translation>deskeditor — Soạn tin bài</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="53"/>
        <source>Search (accents optional: hoi nghi)</source>
        <translation>Tìm kiếm (gõ không dấu cũng được: hoi nghi)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="56"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="163"/>
        <source>All categories</source>
        <translation>Mọi chuyên mục</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/main_window.py" line="189"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n bài viết</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="252"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../deskeditor/gui/main_window.py" line="254"/>
        <location filename="../../deskeditor/gui/main_window.py" line="261"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n từ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="260"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="273"/>
        <source>Autosave failed: %1</source>
        <translation>Tự động lưu thất bại: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="278"/>
        <source>Not saved (kept automatically at %1)</source>
        <translation>Chưa lưu (đã tự động giữ lúc %1)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="285"/>
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="285"/>
        <source>The article needs a title.</source>
        <translation>Bài viết cần có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="291"/>
        <source>Edit an approved article?</source>
        <translation>Sửa bài đã duyệt?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="293"/>
        <source>This article was approved. Saving your changes makes a new draft revision and voids the approval: it must be submitted again.</source>
        <translation>Bài này đã được duyệt. Lưu thay đổi sẽ tạo một bản nháp mới và huỷ hiệu lực của lần duyệt: bài phải được gửi duyệt lại.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="304"/>
        <source>Save failed</source>
        <translation>Lưu thất bại</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="313"/>
        <source>Saved — version %1</source>
        <translation>Đã lưu — mã phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="325"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="326"/>
        <source>The article has changes that are not saved. Save them?</source>
        <translation>Bài viết có thay đổi chưa được lưu. Lưu lại không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="384"/>
        <source>Insert photos</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="385"/>
        <location filename="../../deskeditor/gui/main_window.py" line="440"/>
        <source>Images (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="396"/>
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="396"/>
        <source>Photos are still being imported.</source>
        <translation>Ảnh vẫn đang được nhập.</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="399"/>
        <source>Importing photos…</source>
        <translation>Đang nhập ảnh…</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="399"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="414"/>
        <source>Some files were not imported</source>
        <translation>Một số tệp không nhập được</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="425"/>
        <source>Photo not stored</source>
        <translation>Không lưu được ảnh</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="433"/>
        <source>Photo: %1</source>
        <translation>Ảnh: %1</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/main_window.py" line="439"/>
        <source>Replace photo</source>
        <translation>Thay ảnh</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="31"/>
        <source>Recover unsaved work</source>
        <translation>Khôi phục nội dung chưa lưu</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="34"/>
        <source>The program stopped before these changes were saved (kept at %1). Restore them?</source>
        <translation>Chương trình đã dừng trước khi các thay đổi này được lưu (giữ lúc %1). Khôi phục lại không?</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="41"/>
        <source>(a new article that was never saved)</source>
        <translation>(bài mới, chưa từng được lưu)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="44"/>
        <source>Recovered</source>
        <translation>Nội dung khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="45"/>
        <source>It would replace (last saved)</source>
        <translation>Sẽ thay cho (bản lưu gần nhất)</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="51"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/recovery.py" line="52"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="99"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="100"/>
        <source>Submitted</source>
        <translation>Chờ duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="101"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="102"/>
        <source>Published</source>
        <translation>Đã đăng</translation>
    </message>
    <message>
        <location filename="../../deskeditor/gui/article_list.py" line="103"/>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
</context>
</TS>
