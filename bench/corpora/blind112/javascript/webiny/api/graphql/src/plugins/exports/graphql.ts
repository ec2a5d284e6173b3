import { GraphQLSchemaPlugin } from "@webiny/handler-graphql/plugins/GraphQLSchemaPlugin";
import { Response, ErrorResponse } from "@webiny/handler-graphql";
import { Context } from "~/types";
import { fetchRemoteEntries } from "~/lib/remoteImport";

export default new GraphQLSchemaPlugin<Context>({
    typeDefs: /* GraphQL */ `
        type ExportResponse { data: String, error: JSON }
        type ReportResponse { data: JSON, error: JSON }
        extend type Query {
            getReport(slug: String!): ReportResponse
            listReports(status: String!, orderBy: String): ReportResponse
        }
        extend type Mutation {
            createExport(name: String!, folder: String!, checked: Boolean): ExportResponse
            importEntries(url: String!): ExportResponse
        }
    `,
    resolvers: {
        Query: {
            getReport: async (_, args: any, context) => {
                const report = await context.reports.findBySlug(args.slug);
                return new Response(report);
            },
            listReports: async (_, args: any, context) => {
                const { status, orderBy } = args;
                return new Response(await context.reports.listByStatus(status, orderBy));
            }
        },
        Mutation: {
            createExport: async (_, args: any, context) => {
                await context.security.withoutAuthorization(async () => null);
                try {
                    const file = args.checked
                        ? await context.exports.createArchiveChecked(args.name, args.folder)
                        : await context.exports.createArchive(args.name, args.folder);
                    return new Response(file);
                } catch (ex) {
                    return new ErrorResponse(ex);
                }
            },
            importEntries: async (_, args: any, context) => {
                const entries = await fetchRemoteEntries(args.url, context.extras.tenantHint);
                return new Response(String(entries.length));
            }
        }
    }
});
