// The Durable Functions host on Flex Consumption (FC1, Linux, .NET 10 isolated worker) and its app settings.
// Storage is identity-based (AzureWebJobsStorage__* and ALCHEMISER_*_ACCOUNT_URL): no connection strings or keys.
// Secrets are Key Vault references resolved with the user-assigned identity. Setting names are those of
// src/Alchemiser.Infrastructure/Configuration/SettingNames.cs; tests/Alchemiser.Deployment.Tests checks them.

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the function app (its host is <name>.azurewebsites.net).')
param name string

@description('Azure region.')
param location string

@description('Tags for the resources (azd-env-name); the site also gets azd-service-name.')
param tags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Blob endpoint of the storage account, with a trailing slash.')
param blobEndpoint string

@description('Queue endpoint of the storage account, with a trailing slash.')
param queueEndpoint string

@description('Table endpoint of the storage account, with a trailing slash.')
param tableEndpoint string

@description('Container the deployment package is uploaded to.')
param deploymentContainerName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('URI of the Key Vault, with a trailing slash.')
param keyVaultUri string

@description('Durable Functions task hub (letters and digits).')
param taskHubName string

@description('NCRONTAB schedule of the daily timer (UTC).')
param dailySchedule string

@description('Blob container of the bars.')
param barsContainerName string

@description('Blob container of plans, execution records and reports.')
param reportsContainerName string

@description('Queue of rebalance plans; its poison queue is <name>-poison.')
param executionQueueName string

@description('Table of the trade ledger.')
param ledgerTableName string

@description('Prefix of the run-store tables.')
param runsTableName string

@description('paper or live: which Alpaca account the app trades.')
@allowed([
  'paper'
  'live'
])
param tradingMode string

@description('Sender address of the managed email domain.')
param emailSender string

@description('Recipients of the daily summary and alerts.')
param alertRecipient string

@description('SMTP user name (<Communication Services name>|<Entra app id>|<tenant id>); empty sends without authentication.')
param smtpUsername string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: 2048
        maximumInstanceCount: 40
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // The Functions host and Durable Functions: identity-based storage (all three services) and telemetry.
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    AzureWebJobsStorage__blobServiceUri: blobEndpoint
    AzureWebJobsStorage__queueServiceUri: queueEndpoint
    AzureWebJobsStorage__tableServiceUri: tableEndpoint
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    AZURE_CLIENT_ID: identityClientId
    TASKHUB_NAME: taskHubName
    DAILY_SCHEDULE: dailySchedule

    // The application's storage, through the same identity.
    ALCHEMISER_BLOB_ACCOUNT_URL: blobEndpoint
    ALCHEMISER_QUEUE_ACCOUNT_URL: queueEndpoint
    ALCHEMISER_TABLE_ACCOUNT_URL: tableEndpoint
    ALCHEMISER_BLOB_CONTAINER: barsContainerName
    ALCHEMISER_REPORTS_CONTAINER: reportsContainerName
    ALCHEMISER_EXECUTION_QUEUE: executionQueueName
    ALCHEMISER_LEDGER_TABLE: ledgerTableName
    ALCHEMISER_RUNS_TABLE: runsTableName

    // The broker: Alpaca, paper unless the deployment says live.
    ALCHEMISER_BROKER: 'alpaca'
    ALCHEMISER_LIVE_TRADING: tradingMode == 'live' ? 'true' : 'false'
    // Keep 1 % of equity in cash (the worker fits buys to the buying power either way).
    ALCHEMISER_DEPLOYMENT_FRACTION: '0.99'
    ALPACA_ENVIRONMENT: tradingMode
    ALPACA_API_KEY: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/alpaca-key-id/)'
    ALPACA_SECRET_KEY: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/alpaca-secret-key/)'
    ALPACA_FEED: 'iex'
    ALPACA_TIMEOUT_SECONDS: '30'
    ALPACA_MAX_RETRIES: '5'

    // Email through the Azure Communication Services SMTP relay.
    ALCHEMISER_SMTP_HOST: 'smtp.azurecomm.net'
    ALCHEMISER_SMTP_PORT: '587'
    ALCHEMISER_SMTP_SECURITY: 'starttls'
    ALCHEMISER_SMTP_USERNAME: smtpUsername
    ALCHEMISER_SMTP_PASSWORD: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/smtp-password/)'
    ALCHEMISER_EMAIL_FROM: emailSender
    ALCHEMISER_EMAIL_TO: alertRecipient
  }
}

@description('Name of the function app.')
output name string = site.name

@description('Default host name of the function app.')
output defaultHostName string = site.properties.defaultHostName
