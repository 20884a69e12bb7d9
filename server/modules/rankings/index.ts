// Rankings of peers on a metric (units at a level, or a parent's children): ties, movement against the
// comparison period, the company-wide benchmark, the peers' mean and median.
export { mean, median, movement, ranks } from './ranking.service.js';
export { rankRows, type RankedRow, type SortOrder } from './ranking.service.js';
export { rankPeers, type PeerRanking, type RankPeersQuestion, type RankPeersReaders } from './rank-peers.use-case.js';
