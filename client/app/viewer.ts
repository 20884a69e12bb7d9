// The viewer as components ask for it; the rules themselves are in viewer-rules.ts.
import { useMemo } from 'react';
import { useSession } from './auth';
import { viewerOf, type Viewer } from './viewer-rules';

export { can, homePath, viewerOf, type Capability, type Role, type Viewer } from './viewer-rules';

export function useViewer(): Viewer {
  const { viewer } = useSession();
  return useMemo(() => viewerOf(viewer), [viewer]);
}
