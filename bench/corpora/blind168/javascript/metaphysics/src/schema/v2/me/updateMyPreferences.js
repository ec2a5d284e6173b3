import { GraphQLBoolean, GraphQLString, GraphQLNonNull } from "graphql"
import { mutationWithClientMutationId } from "graphql-relay"
import GraphQLJSON from "graphql-type-json"
import { deepMerge, mergeKnownKeys, withoutNulls } from "lib/deepMerge"
import { meType } from "./index"

const NOTIFICATION_KEYS = ["emailFrequency", "pushEnabled", "newWorksByArtists", "auctionReminders"]

export const updateMyPreferencesMutation = mutationWithClientMutationId({
  name: "UpdateMyPreferences",
  inputFields: {
    preferences: { type: new GraphQLNonNull(GraphQLJSON), description: "Partial preferences document" },
  },
  outputFields: { me: { type: meType, resolve: (me) => me } },
  mutateAndGetPayload: async ({ preferences }, { meLoader, updateMeLoader }) => {
    if (!meLoader || !updateMeLoader) throw new Error("You need to be signed in to perform this action")
    const me = await meLoader()
    const merged = deepMerge(JSON.parse(me.preferences || "{}"), preferences)
    return updateMeLoader({ preferences: JSON.stringify(merged) })
  },
})

export const updateNotificationPreferencesMutation = mutationWithClientMutationId({
  name: "UpdateNotificationPreferences",
  inputFields: {
    settings: { type: new GraphQLNonNull(GraphQLJSON) },
    unsubscribeToken: { type: GraphQLString },
    dryRun: { type: GraphQLBoolean, defaultValue: false },
  },
  outputFields: { me: { type: meType, resolve: (me) => me } },
  mutateAndGetPayload: async ({ settings, dryRun }, { meLoader, updateMeLoader }) => {
    if (!meLoader || !updateMeLoader) throw new Error("You need to be signed in to perform this action")
    const me = await meLoader()
    const current = JSON.parse(me.notification_settings || "{}")
    const next = mergeKnownKeys(current, withoutNulls(settings), NOTIFICATION_KEYS)
    if (dryRun) return { ...me, notification_settings: JSON.stringify(next) }
    return updateMeLoader({ notification_settings: JSON.stringify(next) })
  },
})
