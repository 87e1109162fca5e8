; Per-user installer of pchat-failback for Windows x64: no administrator rights, Start-menu entries for the
; wizard and for training mode, an uninstaller, and an entry in "Apps & features".
; makensis -DVERSION=x.y.z -DSTAGE=<release folder> -DOUTFILE=<setup.exe> pchat-failback.nsi
Unicode true
; A 64-bit installer for a 64-bit program: it also runs where no 32-bit subsystem is (Wine without wine32).
Target amd64-unicode
!include "MUI2.nsh"

!define APP "pchat-failback"
!define DISPLAYNAME "Persistent Chat Failback"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${DISPLAYNAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}\Install" "Folder"
SetCompressor /SOLID lzma

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\pchat-failback.exe"
!define MUI_FINISHPAGE_RUN_PARAMETERS "--training"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "English"

LangString TrainingLink ${LANG_GERMAN} "${DISPLAYNAME} (Schulung)"
LangString TrainingLink ${LANG_ENGLISH} "${DISPLAYNAME} (training)"
LangString UninstallLink ${LANG_GERMAN} "${DISPLAYNAME} deinstallieren"
LangString UninstallLink ${LANG_ENGLISH} "Uninstall ${DISPLAYNAME}"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${DISPLAYNAME}"
  CreateShortCut "$SMPROGRAMS\${DISPLAYNAME}\${DISPLAYNAME}.lnk" "$INSTDIR\pchat-failback.exe"
  CreateShortCut "$SMPROGRAMS\${DISPLAYNAME}\$(TrainingLink).lnk" "$INSTDIR\pchat-failback.exe" "--training"
  CreateShortCut "$SMPROGRAMS\${DISPLAYNAME}\$(UninstallLink).lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKCU "Software\${APP}\Install" "Folder" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${DISPLAYNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "pchat-failback"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\pchat-failback.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; The program's files only: audit folders in Documents and the settings stay, they are the operator's.
  RMDir /r "$INSTDIR\platforms"
  RMDir /r "$INSTDIR\sqldrivers"
  RMDir /r "$INSTDIR\styles"
  RMDir /r "$INSTDIR\tls"
  RMDir /r "$INSTDIR\translations"
  RMDir /r "$INSTDIR\plans"
  RMDir /r "$INSTDIR\scenarios"
  Delete "$INSTDIR\*.exe"
  Delete "$INSTDIR\*.dll"
  Delete "$INSTDIR\qt.conf"
  Delete "$INSTDIR\README.txt"
  RMDir "$INSTDIR"
  RMDir /r "$SMPROGRAMS\${DISPLAYNAME}"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\${APP}\Install"
SectionEnd
