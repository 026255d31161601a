// The exit-code policy every command shares: main() resolves with 0 or 1;
// anything it throws is a bug of ours, reported as such with exit code 2.

/**
 * @param program name used in messages
 * @param culprit what to blame in the bug report line
 */
function runCli(main: (argv: string[]) => Promise<number>, program: string, culprit: string) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(
        `${program}: internal error: ${err && err.stack ? err.stack : err}\n` +
          `This is a bug in ${culprit}; please report it with the input file.\n`,
      );
      process.exitCode = 2;
    },
  );
}

export { runCli };
