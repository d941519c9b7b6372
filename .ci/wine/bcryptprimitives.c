/* Wine 8 lacks bcryptprimitives.dll, which Rust's std on Windows imports
 * for ProcessPrng (Windows 10 has it). This stand-in, for the CI's Wine
 * only, answers ProcessPrng with advapi32's RtlGenRandom. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x7fffffff ? 0x7fffffff : (ULONG)len;
        if (!RtlGenRandom(data, chunk)) return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
