; Inno Setup script for Walls: a per-user install (no administrator rights), a Start menu entry, and an
; uninstaller that keeps the user's entries unless they ask for them to be deleted.
; Built by packaging/build_windows.ps1, which passes the version and the folders:
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\Walls /DIconFile=..\..\build\icons\walls.ico /DOutputDir=..\..\dist walls.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\Walls"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\walls.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId must never change: it is how a newer installer finds the older one.
AppId={{6B1F7C52-3A54-4E0B-9C1E-57A11D0C0A11}
AppName=Walls
AppVersion={#AppVersion}
AppVerName=Walls {#AppVersion}
AppPublisher=The Walls authors
AppComments=A private, offline place to practise closeness
PrivilegesRequired=lowest
; With the lowest privileges {autopf} is %LOCALAPPDATA%\Programs: the program lives in Programs\Walls,
; apart from the user's entries in %LOCALAPPDATA%\Walls.
DefaultDirName={autopf}\Walls
DefaultGroupName=Walls
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\walls.exe
UninstallDisplayName=Walls
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename=Walls-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Walls"; Filename: "{app}\walls.exe"; AppUserModelID: "org.walls.Walls"
Name: "{userdesktop}\Walls"; Filename: "{app}\walls.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Put Walls on the desktop"; Flags: unchecked

[Run]
Filename: "{app}\walls.exe"; Description: "Open Walls now"; Flags: nowait postinstall skipifsilent

[Code]
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\Walls');
end;

{ After the program files are gone, ask once whether the entries should go too. The answer defaults to No,
  and a silent uninstall never deletes them. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(UserDataDir()) and not UninstallSilent() then
  begin
    if MsgBox('Walls is removed. Your entries are still kept in' + #13#10 + UserDataDir() + #13#10#13#10 +
              'Do you also want to delete your entries? This cannot be undone.',
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      if not DelTree(UserDataDir(), True, True, True) then
        MsgBox('Some of your entries could not be deleted. You can remove the folder yourself:' + #13#10 +
               UserDataDir(), mbInformation, MB_OK);
    end;
  end;
end;
