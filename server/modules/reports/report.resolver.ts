import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ReportReader } from './report.reader.js';
import { EVERY_ROLE, REPORT_AUTHORS } from '../access/index.js';
import { contentView, reportView, restatementView, versionView } from './report.view.js';
import { Report, ReportContent, ReportInput, ReportVersion, Restatement } from './report.type.js';

/** What these resolvers read of the request's context. */
interface ReportResolverContext {
  reports: ReportReader;
}

@Resolver(() => Report)
export class ReportResolver {
  @Authorized(REPORT_AUTHORS)
  @Query(() => ReportContent, {
    description: "A report's content from live figures, nothing stored (the builder's preview). Not for a regulator.",
  })
  async reportPreview(
    @Ctx() ctx: ReportResolverContext,
    @Arg('input', () => ReportInput) input: ReportInput,
  ): Promise<ReportContent> {
    return contentView(await ctx.reports.preview(input));
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [Report], {
    description:
      "Reports you may read, newest first: HQ all, a branch its subtree's, a regulator only submitted reports to the regulator of its jurisdiction.",
  })
  async reports(
    @Ctx() ctx: ReportResolverContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
  ): Promise<Report[]> {
    return (await ctx.reports.list(first)).map(reportView);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => Report, {
    description: 'A report you may read; NOT_FOUND, in the words of an unknown id, for one you may not.',
  })
  async report(@Ctx() ctx: ReportResolverContext, @Arg('id', () => ID) id: string): Promise<Report> {
    return reportView(await ctx.reports.require(id));
  }

  @Authorized(REPORT_AUTHORS)
  @Mutation(() => Report, { description: 'Save a draft (its figures stay live until submitted).' })
  async createReport(
    @Ctx() ctx: ReportResolverContext,
    @Arg('input', () => ReportInput) input: ReportInput,
  ): Promise<Report> {
    return reportView(await ctx.reports.create(input));
  }

  @Authorized(EVERY_ROLE)
  @Mutation(() => Report, {
    description:
      'New parameters for a draft: NOT_FOUND for a report you may not read, FORBIDDEN for one you may read but not edit ' +
      '(a regulator), BAD_USER_INPUT once it is submitted (a correction is a new version) or for bad parameters.',
  })
  async updateReport(
    @Ctx() ctx: ReportResolverContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReportInput) input: ReportInput,
  ): Promise<Report> {
    return reportView(await ctx.reports.update(id, input));
  }

  @Authorized(EVERY_ROLE)
  @Mutation(() => Boolean, {
    description:
      'Delete a draft (true when deleted): NOT_FOUND, FORBIDDEN and BAD_USER_INPUT (a submitted report) as for updateReport.',
  })
  async deleteReport(@Ctx() ctx: ReportResolverContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await ctx.reports.remove(id);
    return true;
  }

  @Authorized(REPORT_AUTHORS)
  @Mutation(() => ReportVersion, {
    description:
      "Freeze the draft's figures now as the next version. The first submission takes no reason; a correction (version 2 on) requires one.",
  })
  async submitReport(
    @Ctx() ctx: ReportResolverContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ): Promise<ReportVersion> {
    return versionView(await ctx.reports.submit(id, reason));
  }

  @FieldResolver(() => [ReportVersion], { description: 'Newest first.' })
  async versions(@Root() report: Report, @Ctx() ctx: ReportResolverContext): Promise<ReportVersion[]> {
    return (await ctx.reports.versions({ id: Number(report.id) })).map(versionView);
  }

  @FieldResolver(() => ReportVersion, { nullable: true })
  async latest(@Root() report: Report, @Ctx() ctx: ReportResolverContext): Promise<ReportVersion | null> {
    const newest = (await ctx.reports.versions({ id: Number(report.id) })).at(0);
    return newest ? versionView(newest) : null;
  }

  @Authorized(REPORT_AUTHORS)
  @FieldResolver(() => ReportContent, {
    description: "The draft's figures now (live, not stored); FORBIDDEN for a regulator.",
  })
  async live(@Root() report: Report, @Ctx() ctx: ReportResolverContext): Promise<ReportContent> {
    return contentView(await ctx.reports.live(await ctx.reports.require(report.id)));
  }
}

@Resolver(() => ReportVersion)
export class ReportVersionResolver {
  @FieldResolver(() => ReportContent, {
    description:
      "The frozen figures as you may see them: a unit's row only where you could see the unit on the report's end date " +
      "(a ranked peer's name and ranked values only); the section's note says how many rows are not shown, and ranks, " +
      'means and medians are then recomputed over the rows shown.',
  })
  async content(@Root() version: ReportVersion, @Ctx() ctx: ReportResolverContext): Promise<ReportContent> {
    return contentView(await ctx.reports.content({ id: Number(version.id) }));
  }

  @Authorized(REPORT_AUTHORS)
  @FieldResolver(() => Restatement, {
    description:
      "Frozen figures against today's live figures (HQ and the report's branch only; FORBIDDEN for a regulator).",
  })
  async restatement(@Root() version: ReportVersion, @Ctx() ctx: ReportResolverContext): Promise<Restatement> {
    return restatementView(await ctx.reports.restatement(version.reportId, Number(version.id)));
  }
}
