import { MissingPeerDependencyError } from './consent-record-errors';

/**
 * Loads an optional peer dependency when a store first needs it, so sites that never open
 * that store never install it. A missing package becomes one clear error that names it and
 * the command to install it; any other failure (a native module built for another Node, a
 * broken install) keeps its own message. @internal
 */
export async function loadPeer<T>(
  packageName: string,
  range: string,
  neededBy: string,
  load: () => Promise<T>,
): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
    const missing =
      (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
      typeof message === 'string' &&
      [`'${packageName}'`, `'${packageName}/`, `"${packageName}"`, `"${packageName}/`].some(
        (quoted) => message.includes(quoted),
      );
    if (!missing) throw error;
    throw new MissingPeerDependencyError(
      packageName,
      `${neededBy} needs the package ${packageName}, which is not installed: run \`npm install ${packageName}@${range}\` in your site (it is an optional peer dependency of @ddscp/consent, needed only by this store).`,
      { cause: error },
    );
  }
}
