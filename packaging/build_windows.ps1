# Build Walls for Windows: the PyInstaller bundle (dist\Walls\walls.exe) and, if Inno Setup is installed,
# a per-user installer (dist\Walls-VERSION-windows-setup.exe).
#
#     powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1 [-Python .venv\Scripts\python.exe]
param(
    [string]$Python = ".venv\Scripts\python.exe",
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

& $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\walls.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
& $Python packaging\make_icons.py build\icons
if ($LASTEXITCODE -ne 0) { throw "make_icons.py failed" }

# walls.exe is a windowed program, so the self-check's words do not reach a console: judge it by its exit code.
$check = Start-Process -FilePath "dist\Walls\walls.exe" -ArgumentList "--self-check" -Wait -PassThru -NoNewWindow
if ($check.ExitCode -ne 0) { throw "the bundle's self-check failed (exit $($check.ExitCode))" }

if (-not $Iscc) {
    $found = Get-Command iscc.exe -ErrorAction SilentlyContinue
    if ($found) { $Iscc = $found.Source }
    elseif (Test-Path "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe") { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
}
if (-not $Iscc) {
    Write-Warning "Inno Setup (iscc.exe) not found: built dist\Walls only, no installer."
    exit 0
}
$version = & $Python -c "import walls_desktop; print(walls_desktop.__version__)"
$root = (Get-Location).Path
& $Iscc "/DAppVersion=$version" "/DBundleDir=$root\dist\Walls" "/DIconFile=$root\build\icons\walls.ico" `
    "/DOutputDir=$root\dist" packaging\windows\walls.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\Walls-$version-windows-setup.exe"
