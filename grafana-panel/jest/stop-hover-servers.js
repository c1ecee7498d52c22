const { rmSync } = require('node:fs');

module.exports = async () => {
  const servers = globalThis.hoverServers ?? [];
  // Each has exited before its folder goes, so none writes to it after.
  await Promise.all(
    servers.map(
      (child) =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            done();
            return;
          }
          child.once('exit', done);
          child.kill();
        })
    )
  );
  if (globalThis.hoverServersDir) {
    rmSync(globalThis.hoverServersDir, { recursive: true, force: true });
  }
};
