// @ts-check
'use strict';
// CPU time of a process from /proc/<pid>/stat (utime + stime, in clock
// ticks), so the bench reads its own process and its child processes alike.

const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

/** Clock ticks per second (USER_HZ), 100 on almost every Linux. */
const TICKS_PER_SECOND = (() => {
  const result = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const value = Number(result.stdout?.trim());
  return Number.isInteger(value) && value > 0 ? value : 100;
})();

/**
 * CPU time used so far by process `pid`, in µs (user + system).
 * @param {number} pid
 * @returns {number}
 */
function cpuMicros(pid) {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces; fields count from after it.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1e6) / TICKS_PER_SECOND;
}

/** True when /proc/<pid>/stat can be read here (Linux). */
function cpuAvailable() {
  try {
    cpuMicros(process.pid);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resident set size of process `pid` in KiB, from /proc/<pid>/status.
 * @param {number} pid
 */
function rssKiB(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : NaN;
}

module.exports = { cpuMicros, cpuAvailable, rssKiB, TICKS_PER_SECOND };
