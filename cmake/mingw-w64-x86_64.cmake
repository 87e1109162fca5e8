# Toolchain for cross-building the Windows x64 release with Debian's MinGW-w64 (posix thread model).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(PCHAT_MINGW_TRIPLET x86_64-w64-mingw32)
# The -posix variants: std::thread and std::mutex need the posix thread model (winpthreads).
set(CMAKE_C_COMPILER ${PCHAT_MINGW_TRIPLET}-gcc-posix)
set(CMAKE_CXX_COMPILER ${PCHAT_MINGW_TRIPLET}-g++-posix)
set(CMAKE_RC_COMPILER ${PCHAT_MINGW_TRIPLET}-windres)

# Search headers and libraries only in the MinGW sysroot and the cross prefixes (Qt, spdlog/fmt copies), never in
# the host's /usr/include; programs come from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${PCHAT_MINGW_TRIPLET} ${PCHAT_CROSS_PREFIXES})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES PCHAT_CROSS_PREFIXES)
