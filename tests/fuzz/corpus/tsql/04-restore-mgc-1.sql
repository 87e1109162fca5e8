RESTORE HEADERONLY FROM DISK = N'\\FS01\PChatLogShip\mgc_failback.bak';
