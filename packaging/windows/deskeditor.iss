; Inno Setup script: the per-user Windows installer of deskeditor.
;
; Build (on Windows, after `python packaging\build.py`):
;   iscc /DAppVersion=0.1.0 packaging\windows\deskeditor.iss
; It packs dist\deskeditor\ into dist\deskeditor-<version>-setup.exe.
;
; No administrator rights: the program goes to %LOCALAPPDATA%\Programs\deskeditor
; and the Start menu entry to the user's own Start menu. The store, its backups and
; the settings live elsewhere (%LOCALAPPDATA%\deskeditor, HKCU\Software\deskeditor),
; so uninstalling removes the program only and never the user's articles.
;
; Installer language: English. Inno Setup ships no Vietnamese messages file (a
; Vietnamese one exists only among the unofficial, user-contributed translations,
; and is incomplete); build with /DVietnameseIsl=<path to Vietnamese.isl> to add it.
; This file is UTF-8 with a byte order mark, which Inno Setup needs for "Soạn tin bài".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\deskeditor"
#endif
#define AppTitle "deskeditor — Soạn tin bài"

[Setup]
; The AppId identifies the program across versions: never change it.
AppId={{6E3C2A57-1D0B-4C1E-9A55-3F6B2D9C8E41}
AppName=deskeditor
AppVersion={#AppVersion}
AppVerName=deskeditor {#AppVersion}
AppPublisher=deskeditor
AppComments=Soạn tin bài, ảnh, danh sách liên kết; xuất HTML và Word
VersionInfoVersion={#AppVersion}
VersionInfoProductName=deskeditor
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppTitle} (cài đặt)
VersionInfoCompany=deskeditor
PrivilegesRequired=lowest
DefaultDirName={autopf}\deskeditor
DefaultGroupName=deskeditor
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=deskeditor.ico
UninstallDisplayIcon={app}\deskeditor-gui.exe
UninstallDisplayName={#AppTitle}
OutputDir=..\..\dist
OutputBaseFilename=deskeditor-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An open window holds the program's files: offer to close it before updating.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#ifdef VietnameseIsl
Name: "vi"; MessagesFile: "{#VietnameseIsl}"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries as a whole (names change between versions).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppTitle}"; Filename: "{app}\deskeditor-gui.exe"; WorkingDir: "{userdocs}"; Comment: "Soạn tin bài, ảnh và danh sách liên kết"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\deskeditor-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\deskeditor-gui.exe"; Description: "{cm:LaunchProgram,deskeditor}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes what it installed and nothing more.
; The user's data (%LOCALAPPDATA%\deskeditor) and settings stay.
