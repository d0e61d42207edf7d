// Kansenwijzer on Azure: Azure Bot (single-tenant) → App Service (Linux, Node 20) → Cosmos DB (serverless),
// with a user-assigned managed identity that the app uses for Cosmos DB (data-plane role, no account keys).
// Deploy: see infra/README.md. Keep the containers in sync with src/storage/containers.ts (test/unit/infra.test.ts
// checks it).

targetScope = 'resourceGroup'

@description('Short name used in every resource name, e.g. "kansenwijzer" (lowercase letters and digits).')
@minLength(3)
@maxLength(16)
param name string = 'kansenwijzer'

@description('Region for App Service and Cosmos DB.')
param location string = resourceGroup().location

@description('Application (client) id of the Entra ID app registration of the bot (single-tenant).')
param botAppId string

@description('Client secret of that app registration.')
@secure()
param botAppPassword string

@description('Entra ID tenant of the bot and of the people who use it.')
param tenantId string = tenant().tenantId

@description('Comma-separated Entra ID object ids of the first beheerders (they hand out the other roles).')
param bootstrapBeheerders string

@description('App Service plan SKU; B1 is enough for a pilot. Always On keeps the reminder scheduler running.')
param appServiceSku string = 'B1'

@description('Azure Bot SKU: F0 (free, standard channels such as Teams) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

var suffix = uniqueString(resourceGroup().id, name)
var appName = '${name}-${suffix}'
var databaseName = 'kansenwijzer'
// Conversation state is UI flow only; it expires 90 days after its last write (CONVERSATION_STATE_RETENTION_DAYS).
var conversationStateTtlSeconds = 90 * 24 * 3600

// Mirrors src/storage/containers.ts: id, partition key path, default TTL (-1 = off).
var containers = [
  { id: 'botstate', partitionKey: '/id', defaultTtl: conversationStateTtlSeconds }
  { id: 'directory', partitionKey: '/pk', defaultTtl: -1 }
  { id: 'applications', partitionKey: '/pk', defaultTtl: -1 }
  { id: 'logboek', partitionKey: '/schoolId', defaultTtl: -1 }
  { id: 'scheduler', partitionKey: '/id', defaultTtl: -1 }
  { id: 'matching', partitionKey: '/pk', defaultTtl: -1 }
  { id: 'faq', partitionKey: '/pk', defaultTtl: -1 }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id-${suffix}'
  location: location
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: '${name}-cosmos-${suffix}'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [{ name: 'EnableServerless' }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    // Only Entra ID (the app's managed identity): no account keys to leak.
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
    backupPolicy: { type: 'Continuous', continuousModeProperties: { tier: 'Continuous7Days' } }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: databaseName
  properties: { resource: { id: databaseName } }
}

resource cosmosContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [
  for c in containers: {
    parent: database
    name: c.id
    properties: {
      resource: {
        id: c.id
        partitionKey: { paths: [c.partitionKey], kind: 'Hash', version: 2 }
        defaultTtl: c.defaultTtl
      }
    }
  }
]

// Cosmos DB Built-in Data Contributor: read and write items, read metadata. The app cannot create or drop
// databases and containers; this template does that.
resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, '00000000-0000-0000-0000-000000000002')
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000002'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/index.js'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      // The settings the app reads (src/config.ts, documented in .env.example). App Service sets PORT itself.
      appSettings: [
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppPassword', value: botAppPassword }
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'COSMOS_ENDPOINT', value: cosmos.properties.documentEndpoint }
        { name: 'COSMOS_USE_MANAGED_IDENTITY', value: 'true' }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'COSMOS_DATABASE', value: databaseName }
        { name: 'COSMOS_MAX_RETRY_SECONDS', value: '3' }
        { name: 'ALLOWED_TENANT_IDS', value: tenantId }
        { name: 'BOOTSTRAP_BEHEERDERS', value: bootstrapBeheerders }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'DEFAULT_LOCALE', value: 'nl' }
        { name: 'TIME_ZONE', value: 'Europe/Amsterdam' }
        { name: 'LOGBOEK_SCHEDULER', value: 'on' }
        { name: 'LOGBOEK_REMINDER_DAYS', value: '14' }
        { name: 'LOGBOEK_WORK_HOURS', value: '9-17' }
        { name: 'LOGBOEK_SCHEDULER_INTERVAL_SECONDS', value: '300' }
        { name: 'MATCHING_CHECKIN_INTERVAL_MINUTES', value: '60' }
        // Build on deploy (npm ci && npm run build) when the repository is pushed with zip deploy or Git.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'true' }
      ]
    }
  }
  dependsOn: [dataContributor]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Kansenwijzer'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output appName string = app.name
output botDomain string = app.properties.defaultHostName
output messagingEndpoint string = 'https://${app.properties.defaultHostName}/api/messages'
output cosmosEndpoint string = cosmos.properties.documentEndpoint
output managedIdentityClientId string = identity.properties.clientId
