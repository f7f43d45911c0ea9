/** `GET /projects parameters.2.schema`, `components.schemas.Deploy.properties.status`: where a finding outside an operation's own fields is. */
// @ts-nocheck

export function placeName(path: ReadonlyArray<string | number>): string {
  if (path[0] === 'paths' && path.length >= 3) {
    const rest = path.slice(3).join('.');
    return `${String(path[2]).toUpperCase()} ${String(path[1])}${rest ? ` ${rest}` : ''}`;
  }
  return path.join('.');
}
