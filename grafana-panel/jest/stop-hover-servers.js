module.exports = async () => {
  for (const child of globalThis.hoverServers ?? []) {
    child.kill();
  }
};
