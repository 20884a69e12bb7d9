// The page's entry: a few kilobytes that ask the session's first questions at once (early-requests.ts),
// then load the app (React, antd, the views: about 2 MB), whose first requests take those answers. Were
// the app imported statically, the questions would wait until all of it had arrived and run.
import { askEarly } from './early-requests';

askEarly();
void import('./render');
// The overview's own code (HQ's start page, also behind `/`) is fetched beside the app's, not once the
// router, having run, asks for it: its chunks arrive while the app's run.
if (['/', '/overview'].includes(window.location.pathname)) void import('../pages/OverviewPage');
