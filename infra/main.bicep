// Alchemiser on Azure (AZURE.md §10): one resource group holding the Durable Functions host on Flex Consumption,
// its storage, monitoring, Key Vault and email. `azd up` deploys it; parameters come from main.parameters.json.
targetScope = 'subscription'

@description('Name of the azd environment: part of the resource group name, seed of the other names, and the azd-env-name tag.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region of every regional resource.')
@minLength(1)
param location string

@description('Object id of the deploying user (azd: AZURE_PRINCIPAL_ID), granted Key Vault Secrets Officer to set the secrets; empty skips it.')
param principalId string = ''

@description('paper (default) or live: which Alpaca account the function app trades. live also sets ALCHEMISER_LIVE_TRADING=true.')
@allowed([
  'paper'
  'live'
])
param tradingMode string = 'paper'

@description('Email address (or comma-separated addresses) that receives the daily summary and alerts.')
@minLength(3)
param alertRecipient string

@description('SMTP user name for the Communication Services relay (<resource name>|<Entra app id>|<tenant id>); empty until the Entra application exists.')
param smtpUsername string = ''

@description('Object id of the SMTP Entra application\'s service principal, granted Communication and Email Service Owner; empty skips it.')
param smtpPrincipalId string = ''

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}

// Names shared by the app settings, the storage resources, local.settings.sample.json and the outputs; the
// deployment tests check that they agree.
var taskHubName = 'alchemiser'
var dailySchedule = '0 45 16,17,19,20 * * 1-5'
var deploymentContainerName = 'app-package'
var barsContainerName = 'bars'
var reportsContainerName = 'reports'
var executionQueueName = 'execution'
var executionPoisonQueueName = 'execution-poison'
var ledgerTableName = 'ledger'
var runsTableName = 'runs'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: resourceGroup
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  scope: resourceGroup
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    containerNames: [
      deploymentContainerName
      barsContainerName
      reportsContainerName
    ]
    queueNames: [
      executionQueueName
      executionPoisonQueueName
    ]
    tableNames: [
      ledgerTableName
      runsTableName
    ]
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  scope: resourceGroup
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
  }
}

module email 'modules/email.bicep' = {
  scope: resourceGroup
  params: {
    emailServiceName: 'email-${resourceToken}'
    communicationServiceName: 'acs-${resourceToken}'
    tags: tags
  }
}

module rbac 'modules/rbac.bicep' = {
  scope: resourceGroup
  params: {
    identityPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    smtpPrincipalId: smtpPrincipalId
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultName: keyVault.outputs.name
    communicationServiceName: email.outputs.communicationServiceName
  }
}

module functions 'modules/functions.bicep' = {
  scope: resourceGroup
  // The site reads its deployment package and storage with the identity: its roles come first.
  dependsOn: [
    rbac
  ]
  params: {
    planName: 'plan-${resourceToken}'
    name: 'func-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultUri: keyVault.outputs.uri
    taskHubName: taskHubName
    dailySchedule: dailySchedule
    barsContainerName: barsContainerName
    reportsContainerName: reportsContainerName
    executionQueueName: executionQueueName
    ledgerTableName: ledgerTableName
    runsTableName: runsTableName
    tradingMode: tradingMode
    emailSender: email.outputs.sender
    alertRecipient: alertRecipient
    smtpUsername: smtpUsername
  }
}

// azd stores these in the environment (.azure/<env>/.env): `azd env get-value NAME`.
output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_NAME string = functions.outputs.name
output AZURE_FUNCTION_URL string = 'https://${functions.outputs.defaultHostName}'
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_COMMUNICATION_SERVICE_NAME string = email.outputs.communicationServiceName
output TASKHUB_NAME string = taskHubName
output DAILY_SCHEDULE string = dailySchedule
output BARS_CONTAINER_NAME string = barsContainerName
output REPORTS_CONTAINER_NAME string = reportsContainerName
output EXECUTION_QUEUE_NAME string = executionQueueName
output EXECUTION_POISON_QUEUE_NAME string = executionPoisonQueueName
output LEDGER_TABLE_NAME string = ledgerTableName
output RUNS_TABLE_NAME string = runsTableName
output EMAIL_SENDER string = email.outputs.sender
