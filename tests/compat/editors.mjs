// Loads deskeditor's CMS fragment into the portal's web editors in headless Chromium
// and reports what each editor kept. Driven by test_editors.py, which makes the
// fragments and checks the result; this script only drives the browsers.
//
//   node editors.mjs CONFIG.json
//
// CONFIG: {"work": folder served as /work/, "fragment": "/work/…" (images under a
// media address), "clipboard": "/work/…" (images as data: URIs, as the GUI's copy),
// "out": folder for screenshots and PDFs, "chromium": "/usr/bin/chromium",
// "print": ["/work/…/index.html", …] (optional: pages to print to PDF, A4 and Letter),
// "phone": ["/work/…/index.html", …] (optional: pages measured at 375 px wide)}.
// Without "fragment" no editor is run.
// Prints one JSON object: {"runs": [{editor, route, html, editing, column, errors}],
// "prints": [{page, format, pdf}], "phones": [{page, page_width, view_width, tables}]}.
// Nothing leaves the machine: every page comes from a server on 127.0.0.1.

import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const config = JSON.parse(await readFile(process.argv[2], "utf-8"));
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".json": "application/json", ".jpg": "image/jpeg", ".png": "image/png",
  ".svg": "image/svg+xml", ".webp": "image/webp", ".gif": "image/gif",
};
// The width of the portal's editing column (CKEditor's and TinyMCE's frame around it).
const EDITOR_WIDTH = 760;
const COLUMN_WIDTH = 700;

// ------------------------------------------------------------------ the pages

const PAGE = (head, body) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>compat</title>${head}</head><body style="margin:16px;width:${EDITOR_WIDTH}px">${body}
</body></html>`;

// The plugins of CKEditor 5's classic build (44), less the cloud services that need an account.
const CLASSIC_PLUGINS = ["Essentials", "Autoformat", "Bold", "Italic", "BlockQuote", "Heading",
  "Image", "ImageCaption", "ImageStyle", "ImageToolbar", "ImageUpload", "PictureEditing", "Indent",
  "Link", "List", "MediaEmbed", "Paragraph", "PasteFromOffice", "Table", "TableToolbar",
  "TextTransformation"];

// Each page defines window.harness: ready (a promise), setData, getData, editable().
const EDITORS = {
  ckeditor4: (extra) => PAGE(
    `<script src="/node_modules/ckeditor4/ckeditor.js"></script>`,
    `<textarea id="ed"></textarea><script>
      const editor = CKEDITOR.replace("ed", Object.assign(
        {uploadUrl: "/upload?ck4=1", height: 900, width: ${EDITOR_WIDTH}}, ${JSON.stringify(extra)}));
      window.harness = {
        ready: new Promise((ok) => editor.on("instanceReady", () => ok())),
        setData: (html) => new Promise((ok) => editor.setData(html, {callback: ok})),
        getData: () => editor.getData(),
        editable: () => editor.editable().$,
      };
    </script>`),
  // CKEditor 5: the classic build (44, the last one published as a build), or
  // version 48 from its one package with the plugins that build had.
  ckeditor5: (extra) => PAGE(
    extra.umd
      ? `<script src="/node_modules/${extra.umd}/dist/browser/ckeditor5.umd.js"></script>
         <link rel="stylesheet" href="/node_modules/${extra.umd}/dist/browser/ckeditor5.css">
         <script>
           const {ClassicEditor: Base, ${CLASSIC_PLUGINS.join(", ")}} = CKEDITOR;
           class ClassicEditor extends Base {}
           ClassicEditor.builtinPlugins = [${CLASSIC_PLUGINS.join(", ")}];
           ClassicEditor.defaultConfig = {toolbar: ["heading", "|", "bold", "italic", "link",
             "bulletedList", "numberedList", "blockQuote", "uploadImage", "insertTable", "undo",
             "redo"]};
         </script>
         <style>.ck-editor__editable{min-height:900px}</style>`
      : `<script src="/node_modules/@ckeditor/ckeditor5-build-classic/build/ckeditor.js"></script>
         <style>.ck-editor__editable{min-height:900px}</style>`,
    `<div id="ed"></div><script>
      // The portal's upload adapter: POST the file, use the address the server gives.
      function UploadPlugin(editor) {
        editor.plugins.get("FileRepository").createUploadAdapter = (loader) => ({
          upload: async () => {
            const form = new FormData();
            form.append("upload", await loader.file);
            const answer = await (await fetch("/upload", {method: "POST", body: form})).json();
            return {default: answer.url};
          },
          abort: () => {},
        });
      }
      window.harness = {ready: ClassicEditor.create(document.getElementById("ed"),
          {licenseKey: "GPL", extraPlugins: [UploadPlugin]}).then((editor) => {
        window.harness.setData = async (html) => editor.setData(html);
        window.harness.getData = () => editor.getData();
        window.harness.editable = () => document.querySelector(".ck-editor__editable");
        window.harness.pending = () => editor.plugins.get("PendingActions").hasAny;
      })};
    </script>`),
  tinymce: () => PAGE(
    `<script src="/node_modules/tinymce/tinymce.min.js"></script>`,
    `<textarea id="ed"></textarea><script>
      window.harness = {ready: tinymce.init({
        selector: "#ed", license_key: "gpl", height: 900, width: ${EDITOR_WIDTH},
        promotion: false, branding: false,
        plugins: "image link lists", paste_data_images: true, automatic_uploads: true,
        images_upload_handler: async (blob) => {
          const form = new FormData();
          form.append("upload", blob.blob(), blob.filename());
          return (await (await fetch("/upload", {method: "POST", body: form})).json()).url;
        },
      }).then(([editor]) => {
        window.harness.setData = async (html) => editor.setContent(html);
        window.harness.getData = () => editor.getContent();
        window.harness.editable = () => editor.getBody();
        window.harness.pending = () => editor.editorUpload.blobCache && !!editor.getBody()
          .querySelector("img[src^='blob:'], img[src^='data:']");
        window.harness.upload = () => editor.uploadImages();
      })};
    </script>`),
};

const RUNS = [
  ["ckeditor4", "ckeditor4", {}],
  ["ckeditor4-image2", "ckeditor4", {extraPlugins: "image2", removePlugins: "image"}],
  ["ckeditor5", "ckeditor5", {}],
  ["ckeditor5-48", "ckeditor5", {umd: "ckeditor5-48"}],
  ["tinymce", "tinymce", {}],
];

const COLUMN = PAGE(`<style>img{max-width:100%;height:auto}</style>`,
  `<div id="column" style="width:${COLUMN_WIDTH}px;font:16px/1.5 Arial,sans-serif"></div>`);

// ------------------------------------------------------------------ the server

const uploads = new Map();

function fileFor(path) {
  const [root, rest] = path.startsWith("/node_modules/") ? [join(HERE, "node_modules"), path.slice(14)]
    : path.startsWith("/work/") ? [resolve(config.work), path.slice(6)] : [null, null];
  if (root === null) return null;
  const full = normalize(join(root, decodeURIComponent(rest)));
  return full.startsWith(root) ? full : null;
}

// One uploaded file out of a multipart body: enough for the editors' own FormData.
function uploadedFile(body, type) {
  const boundary = Buffer.from("--" + /boundary=(.+)$/.exec(type)[1]);
  const start = body.indexOf("\r\n\r\n", body.indexOf(boundary)) + 4;
  return body.subarray(start, body.indexOf(boundary, start) - 2);
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, "http://127.0.0.1");
  const send = (status, type, data) => {
    response.writeHead(status, {"content-type": type});
    response.end(data);
  };
  if (request.method === "POST" && url.pathname === "/upload") {
    const chunks = [];
    for await (const chunk of request) chunks.push(chunk);
    const name = `tai-len-${uploads.size + 1}.jpg`;
    uploads.set(name, uploadedFile(Buffer.concat(chunks), request.headers["content-type"]));
    // CKEditor 4's uploadimage wants {uploaded, fileName, url}; the others read url.
    return send(200, "application/json", JSON.stringify({uploaded: 1, fileName: name, url: `/uploaded/${name}`}));
  }
  if (url.pathname.startsWith("/uploaded/") && uploads.has(url.pathname.slice(10))) {
    return send(200, "image/jpeg", uploads.get(url.pathname.slice(10)));
  }
  if (url.pathname.startsWith("/editor/")) {
    const run = RUNS.find(([name]) => `/editor/${name}.html` === url.pathname);
    return run ? send(200, TYPES[".html"], EDITORS[run[1]](run[2])) : send(404, "text/plain", "");
  }
  if (url.pathname === "/column.html") return send(200, TYPES[".html"], COLUMN);
  const file = fileFor(url.pathname);
  try {
    return send(200, TYPES[extname(file ?? "")] ?? "application/octet-stream", await readFile(file));
  } catch {
    return send(404, "text/plain", "not found");
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ------------------------------------------------------------------ measuring

// Runs in the page: every photo of the editing area, its box against the area's width.
function measureEditing() {
  const root = window.harness.editable();
  const area = root.getBoundingClientRect();
  const style = root.ownerDocument.defaultView.getComputedStyle(root);
  const inner = area.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return {
    width: Math.round(inner),
    // CKEditor 4's image2 adds a drag handle <img> to each widget: not a photo.
    images: [...root.querySelectorAll("img")].filter((img) => !img.closest(".cke_widget_drag_handler_container")).map((img) => ({
      width: Math.round(img.getBoundingClientRect().width),
      height: Math.round(img.getBoundingClientRect().height),
      natural: [img.naturalWidth, img.naturalHeight],
      right: Math.round(img.getBoundingClientRect().right - area.left),
      complete: img.complete && img.naturalWidth > 0,
    })),
  };
}

// Runs in the column page: the editor's HTML as the portal shows it.
async function measureColumn(html) {
  const column = document.getElementById("column");
  column.innerHTML = html;
  await Promise.all([...column.querySelectorAll("img")].map((img) =>
    img.complete ? null : new Promise((ok) => { img.onload = ok; img.onerror = ok; })));
  return [...column.querySelectorAll("img")].map((img) => ({
    width: Math.round(img.getBoundingClientRect().width),
    height: Math.round(img.getBoundingClientRect().height),
    natural: [img.naturalWidth, img.naturalHeight],
  }));
}

// Runs in the page: a paste as the browser delivers it (a clipboard event with text/html).
function paste(html) {
  const root = window.harness.editable();
  root.focus();
  const doc = root.ownerDocument;
  const range = doc.createRange();
  range.selectNodeContents(root);
  range.collapse(true);
  const selection = doc.defaultView.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  const data = new DataTransfer();
  data.setData("text/html", html);
  data.setData("text/plain", root.ownerDocument.createRange().createContextualFragment(html).textContent);
  root.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function settle(page) {
  // Uploads of pasted photos finish asynchronously; wait for them (bounded).
  for (let i = 0; i < 50; i += 1) {
    await sleep(100);
    const busy = await page.evaluate(() => {
      const root = window.harness.editable();
      const loading = [...root.querySelectorAll("img")].some((img) => !img.complete);
      return loading || (window.harness.pending ? window.harness.pending() : false) ||
        !!root.querySelector(".cke_upload_uploading, [data-cke-upload-id]");
    });
    if (!busy) return;
    if (i === 10) await page.evaluate(() => window.harness.upload && window.harness.upload());
  }
}

// ------------------------------------------------------------------ the runs

const flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
// launch() starts Chromium on a fresh temporary profile (its own --user-data-dir).
const browser = await chromium.launch({executablePath: config.chromium, headless: true, args: flags});
const result = {runs: [], prints: [], phones: [], origin};
try {
  const context = await browser.newContext({viewport: {width: EDITOR_WIDTH + 40, height: 1000}});
  await context.route((url) => !url.href.startsWith(origin), (route) => route.abort());
  // Printing the exported page, as from the browser's Print dialog (margins from its @page).
  for (const [index, path] of (config.print ?? []).entries()) {
    for (const format of ["A4", "Letter"]) {
      const page = await context.newPage();
      await page.goto(origin + path);
      const pdf = join(config.out, `print-${index + 1}-${format}.pdf`);
      await page.pdf({path: pdf, format, preferCSSPageSize: false});
      await page.close();
      result.prints.push({page: path, format, pdf});
    }
  }
  // A 375 px phone: the page's own width against the screen, and each table's box.
  for (const [index, path] of (config.phone ?? []).entries()) {
    const phone = await browser.newContext({viewport: {width: 375, height: 740},
      deviceScaleFactor: 2, isMobile: true, hasTouch: true});
    await phone.route((url) => !url.href.startsWith(origin), (route) => route.abort());
    const page = await phone.newPage();
    await page.goto(origin + path);
    const measured = await page.evaluate(() => ({
      page_width: document.documentElement.scrollWidth,
      view_width: document.documentElement.clientWidth,
      tables: [...document.querySelectorAll(".table-wrap")].map((box) => {
        const area = box.getBoundingClientRect();
        box.scrollLeft = box.scrollWidth;
        return {box_width: Math.round(area.width), right: Math.round(area.right),
          scroll_width: box.scrollWidth, scrolled: Math.round(box.scrollLeft),
          table_width: Math.round(box.querySelector("table").getBoundingClientRect().width)};
      }),
    }));
    await page.evaluate(() => document.querySelector(".table-wrap")?.scrollIntoView());
    await page.screenshot({path: join(config.out, `phone-${index + 1}.png`)});
    await phone.close();
    result.phones.push({page: path, ...measured});
  }
  const fragments = config.fragment === undefined ? null : {
    setData: await readFile(fileFor(config.fragment), "utf-8"),
    paste: await readFile(fileFor(config.clipboard), "utf-8"),
  };
  for (const [name] of fragments === null ? [] : RUNS) {
    for (const route of ["setData", "paste"]) {
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.goto(`${origin}/editor/${name}.html`);
      await page.evaluate(() => window.harness.ready);
      await sleep(200);
      if (route === "setData") {
        await page.evaluate((html) => window.harness.setData(html), fragments.setData);
      } else {
        await page.evaluate(paste, fragments.paste);
      }
      await settle(page);
      const html = await page.evaluate(() => window.harness.getData());
      const editing = await page.evaluate(measureEditing);
      await page.screenshot({path: join(config.out, `${name}-${route}.png`), fullPage: true});
      await page.close();

      const view = await context.newPage();
      await view.goto(`${origin}/column.html`);
      const column = await view.evaluate(measureColumn, html);
      await view.screenshot({path: join(config.out, `${name}-${route}-column.png`), fullPage: true});
      await view.close();
      result.runs.push({editor: name, route, html, editing, column, errors});
    }
  }
  result.uploads = uploads.size;
} finally {
  await browser.close();
  server.close();
}
process.stdout.write(JSON.stringify(result));
