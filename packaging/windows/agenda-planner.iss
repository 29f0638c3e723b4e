; Inno Setup script: turns the PyInstaller folder "dist\Agenda Planner" into a Windows installer.
;
; Build the folder first (uv run --group build python -m planner.build --smoke), then:
;   iscc /DAppVersion=<version> packaging\windows\agenda-planner.iss
; with the version from `python -m planner.build --print-version` (pyproject.toml is the one
; place it is written). The installer lands in dist\Agenda-Planner-<version>-setup.exe.
;
; Saved as UTF-8 with BOM, which tells Inno Setup the encoding of the German texts.
; It installs per user by default (no administrator needed; the user may choose "all users"),
; adds a Start menu entry and registers plan files:
; - the ProgID AgendaPlanner.Plan ("Agenda Planner Plan", our icon, opens in the windowed exe),
; - ".agenda.json" mapped to it, and Agenda Planner under "Open with" for ".json".
; Explorer takes only the last suffix as a file's type, so "x.agenda.json" is a ".json" file
; to it: double-click opens plans in Agenda Planner once the user picks it for .json (the
; optional task below does that for this user). See docs/packaging.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=1.2.3 packaging\windows\agenda-planner.iss
#endif

#define AppName "Agenda Planner"
#define AppExe "Agenda Planner.exe"
#define ProgId "AgendaPlanner.Plan"
#define Bundle "..\..\dist\Agenda Planner"

[Setup]
AppId={{8F264293-5B0F-4C59-BE8F-92C5A607A2C4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Agenda Planner developers
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\agenda-planner.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=Agenda-Planner-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.PlanFile=Agenda-Planner-Plan
en.PlanFile=Agenda Planner Plan
de.JsonDefault=JSON-Dateien (also auch *.agenda.json) per Doppelklick mit Agenda Planner öffnen
en.JsonDefault=Open JSON files (and so *.agenda.json plans) with Agenda Planner on double-click
de.Associations=Dateizuordnung:
en.Associations=File association:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "jsondefault"; Description: "{cm:JsonDefault}"; GroupDescription: "{cm:Associations}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The document type, with our icon, opened by the windowed executable.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PlanFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; The plan suffix, and "Open with > Agenda Planner" for .json (never taken over silently).
Root: HKA; Subkey: "Software\Classes\.agenda.json"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.agenda.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".agenda.json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Optional: make Agenda Planner the .json handler for this user (a choice made in
; Settings > Default apps still wins; Windows protects that one).
Root: HKCU; Subkey: "Software\Classes\.json"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: jsondefault

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
