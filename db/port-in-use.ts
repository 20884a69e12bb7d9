import net from 'node:net';

// A port another program already listens on is the commonest reason a start fails on a developer's
// machine; the portal says which port, what wanted it and the setting that moves it.

/** True when something already listens on `port` at `host` (we cannot bind it). */
export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

/** The error that names the port, what should listen there and the setting to change. */
export function portTakenError(port: number, setting: string, listener: string, alternative = ''): Error {
  return new Error(
    `port ${port} (${setting}), where ${listener} should listen, is taken by another program: ` +
      `stop it, or set ${setting} to a free port${alternative ? ` (${alternative})` : ''}`,
  );
}
